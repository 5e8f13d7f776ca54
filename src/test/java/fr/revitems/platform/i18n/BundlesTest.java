package fr.revitems.platform.i18n;

import fr.revitems.security.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Both languages say everything, and the pages say nothing outside the bundles. */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/fr/revitems/i18n");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([^']+)'\\]");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> french = load("Messages.properties").stringPropertyNames();
        Set<String> english = load("Messages_en.properties").stringPropertyNames();
        Set<String> onlyFrench = new TreeSet<>(french);
        onlyFrench.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(french);
        assertEquals(Set.of(), onlyFrench, "keys missing in English");
        assertEquals(Set.of(), onlyEnglish, "keys missing in French");
    }

    @Test
    void frenchAndEnglishFacesMessagesHaveTheSameKeys() throws IOException {
        assertEquals(load("FacesMessages.properties").stringPropertyNames(),
                load("FacesMessages_en.properties").stringPropertyNames());
    }

    @Test
    void theFrenchOverrideFileStaysEmptySoFrenchComesFromTheBaseBundle() throws IOException {
        assertTrue(load("Messages_fr.properties").isEmpty());
        assertTrue(load("FacesMessages_fr.properties").isEmpty());
    }

    @Test
    void everyKeyAPageUsesExists() throws IOException {
        Set<String> known = load("Messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher matcher = KEY_IN_PAGE.matcher(Files.readString(page));
            while (matcher.find()) {
                if (!known.contains(matcher.group(1))) {
                    missing.add(page + ": " + matcher.group(1));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * h:outputFormat hands the bundle's text to MessageFormat, for which an ASCII apostrophe opens a quote: "de
     * l'entreprise de la ligne {0}" would show "de lentreprise de la ligne {0}". (Faces.text doubles them first;
     * a page cannot.) Messages a page formats use the typographic apostrophe.
     */
    @Test
    void aMessageAPageFormatsHasNoAsciiApostrophe() throws IOException {
        Pattern formatted = Pattern.compile("<h:outputFormat[^>]*value=\"#\\{msg\\['([^']+)'\\]\\}\"");
        List<String> quoted = new ArrayList<>();
        for (String bundle : List.of("Messages.properties", "Messages_en.properties")) {
            Properties messages = load(bundle);
            for (Path page : pages()) {
                Matcher matcher = formatted.matcher(Files.readString(page));
                while (matcher.find()) {
                    String text = messages.getProperty(matcher.group(1), "");
                    if (text.contains("'")) {
                        quoted.add(bundle + " " + matcher.group(1) + " (" + page.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), quoted);
    }

    @Test
    void everyKeyTheJavaCodeNamesExists() throws IOException {
        Pattern keyInJava = Pattern.compile("(?:Faces\\.(?:info|warn|error|text)\\(|Faces\\.fieldError\\([^,]+,\\s*"
                + "|Exception\\(|Optional\\.of\\()\"([a-z][A-Za-z]*(?:[._][A-Za-z]+)+)\"");
        Set<String> known = load("Messages.properties").stringPropertyNames();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = keyInJava.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyRoleHasALabel() throws IOException {
        Properties french = load("Messages.properties");
        for (Role role : Role.values()) {
            assertTrue(french.containsKey("Role." + role.name()), role.name());
        }
    }

    @Test
    void pagesHoldNoLiteralText() throws IOException {
        List<String> literal = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page)
                    .replaceAll("(?s)<!--.*?-->", " ")
                    .replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("#\\{[^}]*}", " ");
            String leftover = text.replaceAll("[\\s:|·*()\\-%/]", "");
            if (!leftover.isEmpty()) {
                literal.add(page + ": " + leftover);
            }
        }
        assertEquals(List.of(), literal);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
