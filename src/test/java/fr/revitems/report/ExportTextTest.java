package fr.revitems.report;

import fr.revitems.company.PipelineStage;
import fr.revitems.recruitment.JobOrigin;
import fr.revitems.recruitment.RecruitmentSource;
import fr.revitems.recruitment.RecruitmentStatus;
import fr.revitems.support.IntroductionOutcome;
import fr.revitems.support.IntroductionTarget;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every word the dashboard and its exports need is in both bundles; a code without a label stays readable. */
class ExportTextTest {

    /** The enums behind the CODE columns; PartnerKind's labels come with the partner meetings' branch. */
    private static final Map<String, Enum<?>[]> CODES = Map.of("PipelineStage", PipelineStage.values(),
            "RecruitmentStatus", RecruitmentStatus.values(), "RecruitmentSource", RecruitmentSource.values(),
            "JobOrigin", JobOrigin.values(), "IntroductionTarget", IntroductionTarget.values(),
            "IntroductionOutcome", IntroductionOutcome.values());

    @Test
    void everyFigureDimensionAndRecordColumnHasItsWordsInBothLanguages() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("fr.revitems.i18n.Messages", locale);
            List<String> keys = new ArrayList<>(List.of(ExportText.CONSOLIDATED, ExportText.CONSOLIDATED + ".definition",
                    "breakdown.notGiven", "general.yes", "general.no"));
            Arrays.stream(Figure.values()).forEach(f -> keys.addAll(List.of(f.labelKey(), f.definitionKey())));
            Arrays.stream(Dimension.values()).forEach(d -> keys.add(d.labelKey()));
            Set<String> prefixes = new TreeSet<>();
            for (Figure.Records records : Figure.Records.values()) {
                for (RecordTable.Column column : RecordTable.columns(records)) {
                    keys.add(column.key());
                    if (column.type() == RecordTable.Type.CODE) {
                        prefixes.add(column.codePrefix());
                    }
                }
            }
            prefixes.remove("PartnerKind");
            assertEquals(new TreeSet<>(CODES.keySet()), prefixes, "the enums of the CODE columns");
            CODES.forEach((prefix, values) -> Arrays.stream(values).forEach(v -> keys.add(prefix + "." + v.name())));
            List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
            assertEquals(List.of(), missing, locale.toString());
        }
    }

    @Test
    void aCodeWithoutALabelIsWrittenAsTheCodeButAMissingExportKeyIsABug() {
        ExportText text = new ExportText(ResourceBundle.getBundle("fr.revitems.i18n.Messages", Locale.FRENCH), Locale.FRENCH);
        assertEquals("Accompagnement", text.code("PipelineStage", "SUPPORT"));
        assertEquals("NEW_KIND", text.code("PartnerKind", "NEW_KIND"));
        assertThrows(MissingResourceException.class, () -> text.text("report_export.noSuchKey"));
    }

    @Test
    void anApostropheInAMessageWithArgumentsIsKeptAsWritten() {
        ResourceBundle bundle = new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"x", "Aujourd'hui : {0}"}};
            }
        };
        assertEquals("Aujourd'hui : 3", new ExportText(bundle, Locale.FRENCH).text("x", 3));
    }
}
