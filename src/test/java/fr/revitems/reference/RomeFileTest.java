package fr.revitems.reference;

import fr.revitems.company.imports.ImportFileException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** France Travail's list of ROME codes read as it is published: its own columns, bad lines set apart with their reason. */
class RomeFileTest {

    @Test
    void theCodeAndLabelColumnsAreFoundAmongOthersAndEachBadLineIsSetApartWithItsReason() throws ImportFileException {
        String csv = "code_fiche_em,code_rome,libelle_rome,code_ogr\n"
                + "1,F1101,Architecture du BTP et du paysage,10001\n"
                + "2,k2306,\"Supervision d'exploitation éco-industrielle\",10002\n"
                + "3,Z9999,Nulle part,10003\n"
                + "4,F1102,,10004\n"
                + "5,F1101,Architecture encore,10005\n"
                + "6,A1203,  Aménagement   et entretien des espaces verts ,10006\n";
        RomeFile file = RomeFile.read("rome.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of("F1101", "Architecture du BTP et du paysage", "K2306", "Supervision d'exploitation éco-industrielle",
                "A1203", "Aménagement et entretien des espaces verts"), file.labels());
        assertEquals(List.of("F1101", "K2306", "A1203"), List.copyOf(file.labels().keySet()));
        assertEquals(List.of(new RomeFile.Rejected(4, "reference_rome.line.badCode", "Z9999"),
                new RomeFile.Rejected(5, "reference_rome.line.noLabel", "F1102"),
                new RomeFile.Rejected(6, "reference_rome.line.twice", "F1101")), file.rejected());
    }

    @Test
    void aFileWithoutCodesOrLabelsIsRefusedWithItsReason() {
        assertEquals("reference_rome.file.noCodeColumn", assertThrows(ImportFileException.class, () -> RomeFile.read("x.csv",
                "Métier;Libellé\nF1101;Architecture\n".getBytes(StandardCharsets.UTF_8))).messageKey());
        assertEquals("reference_rome.file.noLabelColumn", assertThrows(ImportFileException.class, () -> RomeFile.read("x.csv",
                "Code ROME;Secteur\nF1101;BTP\n".getBytes(StandardCharsets.UTF_8))).messageKey());
    }
}
