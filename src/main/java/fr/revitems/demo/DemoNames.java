package fr.revitems.demo;

import fr.revitems.company.CompanyNames;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names for the demo. Companies are named after made-up places ("Assainissement de Fictiville") and
 * people after trees, birds and streams ("Camille Peuplier"), so nobody mistakes them for real ones;
 * emails are on example.fr / example.org and phone numbers in the 01 99 00 range that ARCEP keeps for
 * fiction. Communes and postal codes are real (public facts): the companies are located somewhere.
 */
final class DemoNames {

    record Commune(String name, String postalCode, String department) {
    }

    static final List<String> PLACES = List.of("Fictiville", "Exempleval", "Démonville", "Imaginaire-sur-Seine",
            "Songeval", "Chimèrebourg", "Utopiac", "Nullepart", "Mirageville", "Fabuleux-le-Pont", "Légendac",
            "Rêveville", "Contebourg", "Illusion-sur-Marne", "Fantasia-les-Bains", "Onirac", "Chimérie-le-Haut");

    static final Map<String, List<String>> ACTIVITIES = Map.of(
            "EAU", List.of("Hydraulique", "Assainissement", "Eaux et Réseaux", "Hydro-Services", "Aqua Contrôle",
                    "Canalisations", "Laboratoire des Eaux", "Forages", "Traitement des Eaux"),
            "MILIEUX", List.of("Paysages", "Jardins et Milieux", "Génie Écologique", "Aménagements Verts",
                    "Espaces Naturels", "Îlots de Fraîcheur"),
            "SOLS", List.of("Géotechnique", "Sols et Sous-sols", "Dépollution", "Terrassements", "Terres Fertiles"),
            "BIODECHETS", List.of("Compostage", "Biodéchets", "Méthanisation", "Collecte Verte",
                    "Valorisation Organique", "Recyclerie"));

    static final List<String> FIRST_NAMES = List.of("Camille", "Léa", "Hugo", "Manon", "Louis", "Chloé", "Jules",
            "Inès", "Arthur", "Sarah", "Nathan", "Jade", "Gabriel", "Zoé", "Raphaël", "Lina", "Adam", "Alice",
            "Noé", "Emma", "Sacha", "Rose", "Yanis", "Anna", "Malik", "Louise", "Théo", "Mila", "Karim", "Nora",
            "Lucas", "Julia", "Tom", "Amina", "Paul", "Clara", "Victor", "Élise", "Samuel", "Maëlle", "Omar");

    static final List<String> LAST_NAMES = List.of("Peuplier", "Tilleul", "Sorbier", "Mélèze", "Noisetier",
            "Merisier", "Sureau", "Aulne", "Érable", "Frêne", "Bouleau", "Cèdre", "Charmille", "Fougère",
            "Bruyère", "Lavande", "Verveine", "Sarcelle", "Mésange", "Fauvette", "Bergeronnette", "Roitelet",
            "Hirondelle", "Libellule", "Luciole", "Ruisseau", "Cascade", "Rivelune", "Galet", "Saule",
            "Genévrier", "Aubépine", "Églantine", "Primevère", "Colvert", "Grèbe", "Vanneau");

    static final List<String> STREETS = List.of("rue des Exemples", "avenue de la Démonstration", "allée des Chimères",
            "impasse du Jeu d'essai", "chemin de Nulle-Part", "boulevard de la Fiction", "rue du Prototype",
            "quai des Maquettes", "rue de la Source imaginaire", "place du Scénario");

    static final Map<String, List<Commune>> COMMUNES = Map.of(
            "94", List.of(new Commune("Créteil", "94000", "94"), new Commune("Vitry-sur-Seine", "94400", "94"),
                    new Commune("Ivry-sur-Seine", "94200", "94"), new Commune("Champigny-sur-Marne", "94500", "94"),
                    new Commune("Saint-Maur-des-Fossés", "94100", "94"), new Commune("Villejuif", "94800", "94"),
                    new Commune("Orly", "94310", "94"), new Commune("Choisy-le-Roi", "94600", "94"),
                    new Commune("Rungis", "94150", "94"), new Commune("Bonneuil-sur-Marne", "94380", "94"),
                    new Commune("Valenton", "94460", "94"), new Commune("Maisons-Alfort", "94700", "94"),
                    new Commune("Fontenay-sous-Bois", "94120", "94"), new Commune("Chevilly-Larue", "94550", "94"),
                    new Commune("Thiais", "94320", "94"), new Commune("Alfortville", "94140", "94"),
                    new Commune("Sucy-en-Brie", "94370", "94"), new Commune("Villeneuve-Saint-Georges", "94190", "94")),
            "91", List.of(new Commune("Évry-Courcouronnes", "91000", "91"), new Commune("Massy", "91300", "91"),
                    new Commune("Palaiseau", "91120", "91"), new Commune("Corbeil-Essonnes", "91100", "91"),
                    new Commune("Savigny-sur-Orge", "91600", "91"), new Commune("Les Ulis", "91940", "91"),
                    new Commune("Orsay", "91400", "91"), new Commune("Étampes", "91150", "91"),
                    new Commune("Brétigny-sur-Orge", "91220", "91"), new Commune("Grigny", "91350", "91"),
                    new Commune("Arpajon", "91290", "91"), new Commune("Saclay", "91190", "91"),
                    new Commune("Viry-Châtillon", "91170", "91"), new Commune("Juvisy-sur-Orge", "91260", "91"),
                    new Commune("Lisses", "91090", "91"), new Commune("Wissous", "91320", "91")));

    private DemoNames() {
    }

    /** "Assainissement de Fictiville", "Paysages d'Utopiac". */
    static String company(String activity, String place) {
        String first = place.substring(0, 1);
        boolean elided = "AEÉIOUÎ".contains(first);
        return activity + (elided ? " d'" : " de ") + place;
    }

    /** A person of the demo: first and last name from the lists, spread by two different strides. */
    static String[] person(int n) {
        return new String[]{FIRST_NAMES.get(Math.floorMod(n * 7 + 3, FIRST_NAMES.size())),
                LAST_NAMES.get(Math.floorMod(n * 11 + 5, LAST_NAMES.size()))};
    }

    /** "assainissement-de-fictiville": a company's name as a domain label. */
    static String slug(String companyName) {
        return CompanyNames.normalize(companyName).replace(' ', '-');
    }

    /** "lea.sorbier": the local part of a person's email. */
    static String emailLocal(String first, String last) {
        return ascii(first) + "." + ascii(last);
    }

    /** A phone number of the 01 99 00 range, kept by ARCEP for works of fiction. */
    static String phone(int n) {
        int rest = Math.floorMod(n * 37 + 11, 10_000);
        return String.format(Locale.ROOT, "01 99 00 %02d %02d", rest / 100, rest % 100);
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
