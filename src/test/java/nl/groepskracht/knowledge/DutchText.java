package nl.groepskracht.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.groepskracht.directory.ThemeItem;
import nl.groepskracht.directory.WijkItem;

/** Realistic Dutch item texts and typical queries for the benchmark, from a fixed seed. */
final class DutchText {

    private static final String[] SENTENCES = {
        "Ouders delen ervaringen over de overdracht van de kinderen.",
        "Herkenning en erkenning maken dat ouders zich minder alleen voelen.",
        "Gescheiden ouders leren hoe ze samen ouder blijven.",
        "Kinderen merken meer van de ruzie dan ouders denken.",
        "Het ouderschapsplan werkt pas als beide ouders het begrijpen.",
        "Grenzen stellen aan snoep en schermtijd is voor iedere ouder lastig.",
        "Een kind met overgewicht heeft baat bij een rustig dagritme.",
        "Samen bewegen in de gymzaal sloeg beter aan dan erover praten.",
        "Ouders van thuiszitters voelen zich vaak beoordeeld door school.",
        "De leerplichtambtenaar en de intern begeleider schoven aan bij de groep.",
        "Kleine stappen terug naar school werken beter dan grote plannen.",
        "In de spelinloop spelen ouders en peuters samen op de vloer.",
        "Laagdrempelig betekent: geen aanmelding en geen wachtlijst.",
        "Liedjes in de eigen taal helpen de taalontwikkeling van jonge kinderen.",
        "De kinderopvang vertelde ouders welke toeslagen er zijn.",
        "Normaliseren haalt schaamte en schuldgevoel weg.",
        "Vaders in de groep brachten een ander perspectief in.",
        "De lege kinderstoel hield het gesprek bij de kinderen.",
        "Begeleiders van het buurtteam en de JGZ bereidden de avond samen voor.",
        "Na afloop bleven ouders nog lang napraten bij de koffie.",
        "Een tolk maakte het mogelijk dat alle moeders meededen.",
        "De opkomst daalde na de zomervakantie; een herinnering per sms hielp.",
        "Ouders oefenden in drietallen hoe ze rustig nee zeggen.",
        "Loyaliteit van kinderen tussen twee huizen was het thema van de avond.",
        "Nieuwe partners en samengestelde gezinnen roepen veel vragen op.",
        "De huisarts en de school verwezen ouders naar de groep.",
        "Een terugkomavond na zes weken liet zien wat ouders hadden vastgehouden.",
        "Ouders vonden de tips van andere ouders het waardevolst.",
        "Gezond eten begint bij samen aan tafel zitten.",
        "Somberheid en angst houden tieners soms thuis van school.",
    };
    private static final String[] TITLES = {"Wat werkt bij %s", "%s in de groep", "Ervaringen met %s",
        "Werkvorm: %s", "Verslag over %s", "Evaluatie %s", "Aanpak %s"};
    private static final String[] TOPICS = {"herkenning", "grenzen stellen", "de overdracht", "vaders",
        "gezond eten", "thuiszitters", "de spelinloop", "loyaliteit", "het ouderschapsplan", "kleine stappen",
        "samenwerking met school", "taal en spel", "normaliseren", "opkomst"};
    private static final String[] TAGS = {"herkenning", "werkvorm", "eerste bijeenkomst", "vaders", "school",
        "jonge kinderen", "grenzen stellen", "evaluatie", "samenwerking", "bereik"};

    private final Random random;

    DutchText(Random random) {
        this.random = random;
    }

    String sentences(int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        return text.toString();
    }

    KnowledgeDraft draft(long themeId, Long wijkId) {
        var draft = new KnowledgeDraft();
        draft.setTitle(TITLES[random.nextInt(TITLES.length)].formatted(TOPICS[random.nextInt(TOPICS.length)]));
        draft.setSummary(sentences(2));
        draft.setBody("## Wat we deden\n\n" + sentences(4 + random.nextInt(6)) + "\n\n## Wat werkte\n\n- "
                + sentences(1) + "\n- " + sentences(1) + "\n\n## Wat kan beter\n\n" + sentences(2 + random.nextInt(4)));
        draft.setKind(KnowledgeKind.values()[random.nextInt(KnowledgeKind.values().length)]);
        draft.setThemeId(themeId);
        draft.setWijkId(wijkId);
        draft.setTags(new java.util.TreeSet<>(List.of(TAGS[random.nextInt(TAGS.length)],
                TAGS[random.nextInt(TAGS.length)])));
        return draft;
    }

    /** 100 searches as professionals type them: words, phrases, and some with filters. */
    static List<SearchFilter> queries(List<ThemeItem> themes, List<WijkItem> wijken) {
        String[] words = {"scheiding", "kind", "grenzen stellen", "overgewicht kinderen", "\"ouders delen ervaringen\"",
            "spelinloop peuters", "thuiszitters school", "loyaliteit", "ouderschapsplan", "vaders",
            "herkenning erkenning", "gezond eten", "leerplicht", "tolk moeders", "opkomst", "kleine stappen",
            "samengestelde gezinnen", "normaliseren schaamte", "taalontwikkeling", "kinderstoel"};
        List<SearchFilter> queries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String text = words[i % words.length];
            Long theme = i % 4 == 1 ? themes.get(i % themes.size()).id() : null;
            Long wijk = i % 7 == 3 ? wijken.get(i % wijken.size()).id() : null;
            KnowledgeKind kind = i % 9 == 4 ? KnowledgeKind.WERKZAAM_ELEMENT : null;
            queries.add(new SearchFilter(text, theme, kind, wijk, i % 10 == 7, Set.of()));
        }
        return queries;
    }
}
