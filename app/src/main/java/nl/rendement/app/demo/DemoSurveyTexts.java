package nl.rendement.app.demo;

import java.util.List;
import java.util.Map;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeType;

/**
 * What the demo's survey answers say: per programme type the means of its reaction items and of
 * the recommend question, how many apply it and how often, and the small pools its comments and
 * the bases of its impact estimates are drawn from. Items, bases, barriers and enablers are in
 * Dutch, as the organisation's survey tool asks them; comments are Dutch or English.
 */
final class DemoSurveyTexts {

    static final String RELEVANCE = "Relevantie voor mijn werk";
    static final String TRAINER = "Kwaliteit van de trainer";
    static final String MATERIAL = "Kwaliteit van het materiaal";
    static final String APPLICABLE = "Ik kan dit toepassen";

    /** The frequency scale of the application survey, most often first; non-appliers answer the last. */
    static final List<String> FREQUENCIES = List.of("dagelijks", "wekelijks", "maandelijks", "zelden");

    static final List<String> BARRIERS = List.of(
            "geen tijd",
            "werkdruk",
            "geen steun leidinggevende",
            "past niet bij mijn taken",
            "systemen werken niet mee",
            "te weinig oefening");

    static final List<String> ENABLERS = List.of(
            "steun leidinggevende",
            "collega's doen mee",
            "praktische opdrachten",
            "naslagmateriaal",
            "tijd vrijgemaakt",
            "opvolgsessie");

    /**
     * A programme type's answers: the mean of its three items (relevance, trainer or material,
     * applicable) and of the recommend question, the share applying it three months on, how often
     * they do (daily, weekly, monthly), praise in Dutch and English, and the bases of estimates.
     */
    record Profile(
            List<Double> itemMeans,
            double recommendMean,
            double applying,
            List<Double> frequencies,
            List<String> praise,
            List<String> englishPraise,
            List<String> bases) {}

    /** Critical comments, for a programme with a trainer and for a self-paced online one. */
    static final List<String> CRITICISM =
            List.of("Te veel theorie, te weinig oefenen.", "De dag was te lang.", "Graag een vervolgsessie.");

    static final List<String> ENGLISH_CRITICISM =
            List.of("Too much theory, not enough practice.", "Would like a follow-up session.");

    static final List<String> ONLINE_CRITICISM = List.of(
            "De modules waren te lang.",
            "Het platform liep soms vast.",
            "Te algemeen, weinig voorbeelden uit ons werk.");

    static final List<String> ONLINE_ENGLISH_CRITICISM = List.of("Modules were too long.", "Too generic for my job.");

    static final Map<ProgrammeType, Profile> PROFILES = Map.of(
            ProgrammeType.ONBOARDING,
            new Profile(
                    List.of(4.3, 4.2, 4.0),
                    8.0,
                    0.85,
                    List.of(0.5, 0.4, 0.1),
                    List.of(
                            "Fijne start, ik weet nu bij wie ik terecht kan.",
                            "Goed overzicht van onze producten en systemen.",
                            "De rondleiding langs de afdelingen was erg nuttig."),
                    List.of("A great way to get to know the organisation.", "Helpful overview of our systems."),
                    List.of(
                            "Ik handel nu meer orders per dag af dan in mijn eerste weken.",
                            "Volgens het productiesysteem haal ik sneller mijn norm.",
                            "Mijn teamleider zag mijn aantallen sneller oplopen.")),
            ProgrammeType.LEADERSHIP,
            new Profile(
                    List.of(4.0, 4.4, 3.7),
                    7.8,
                    0.75,
                    List.of(0.3, 0.5, 0.2),
                    List.of(
                            "Veel geleerd over feedback geven.",
                            "De intervisie met andere leidinggevenden was waardevol.",
                            "Praktische handvatten voor lastige gesprekken."),
                    List.of("The coaching exercises were eye-opening.", "Very useful for my daily work as a leader."),
                    List.of(
                            "De productiviteitscijfers van mijn team zijn gestegen sinds de training.",
                            "Ik besteed minder tijd aan brandjes blussen.",
                            "Uit het teamoverleg blijkt dat we effici\u00ebnter werken.")),
            ProgrammeType.DIGITAL_LEARNING,
            new Profile(
                    List.of(3.8, 3.6, 3.9),
                    7.0,
                    0.80,
                    List.of(0.4, 0.45, 0.15),
                    List.of(
                            "Handige tips voor samenwerken in Teams.",
                            "Eindelijk snap ik hoe ik met draaitabellen werk.",
                            "Fijn dat ik het in mijn eigen tempo kon doen."),
                    List.of("Useful tips I use every day.", "Nice to learn at my own pace."),
                    List.of(
                            "Mijn score op het vaardighedenplatform is gestegen.",
                            "Ik werk sneller met de samenwerkingstools.",
                            "Ik heb de servicedesk minder vaak nodig.")),
            ProgrammeType.SALES,
            new Profile(
                    List.of(4.2, 4.3, 3.9),
                    8.1,
                    0.80,
                    List.of(0.55, 0.35, 0.1),
                    List.of(
                            "De rollenspellen met echte klantcases werkten goed.",
                            "Ik stel nu betere vragen in het klantgesprek.",
                            "Sterke trainer met veel praktijkervaring."),
                    List.of("Great role plays, very practical.", "I now ask better questions in sales calls."),
                    List.of(
                            "Sinds de training win ik meer offertes.",
                            "Mijn omzet volgens het CRM is gestegen.",
                            "Klanten nemen vaker het hele voorstel af.")),
            ProgrammeType.WELLBEING,
            new Profile(
                    List.of(3.7, 4.1, 3.5),
                    7.2,
                    0.70,
                    List.of(0.3, 0.4, 0.3),
                    List.of(
                            "Het gaf me rust om hier tijd voor te nemen.",
                            "Goede oefeningen om grenzen aan te geven.",
                            "Fijn om ervaringen met collega's te delen."),
                    List.of("It helped me to manage my energy.", "Good exercises on setting boundaries."),
                    List.of(
                            "Ik heb me sinds de training minder vaak ziek gemeld.",
                            "Ik herken signalen van overbelasting eerder.",
                            "Minder verzuim dan in dezelfde maanden vorig jaar.")),
            ProgrammeType.COMPLIANCE,
            new Profile(
                    List.of(3.6, 3.5, 3.8),
                    6.2,
                    0.80,
                    List.of(0.6, 0.3, 0.1),
                    List.of(
                            "Goede voorbeelden van phishingmails.",
                            "Kort en duidelijk.",
                            "Nu weet ik waar ik een incident meld."),
                    List.of("Clear and to the point.", "Good examples of phishing emails."),
                    List.of(
                            "Minder phishingklikken in mijn team sinds de training.",
                            "Het incidentregister toont minder incidenten voor ons team.",
                            "Mijn teamleden melden verdachte mails nu voordat er iets misgaat.")),
            ProgrammeType.AI_LITERACY,
            new Profile(
                    List.of(4.1, 3.8, 3.7),
                    7.6,
                    0.72,
                    List.of(0.35, 0.45, 0.2),
                    List.of(
                            "Eindelijk begrijp ik wat AI wel en niet kan.",
                            "Goede uitleg over verantwoord gebruik van AI.",
                            "Handige voorbeelden voor ons eigen werk."),
                    List.of("Finally I understand what AI can and cannot do.", "Useful examples for our own work."),
                    List.of(
                            "Met AI-hulp schrijf ik dossiers sneller af.",
                            "Het zaaksysteem toont een kortere doorlooptijd voor mijn dossiers.",
                            "Ik laat AI samenvattingen maken en bespaar tijd per dossier.")),
            ProgrammeType.SOFT_SKILLS,
            new Profile(
                    List.of(3.9, 4.0, 3.6),
                    7.3,
                    0.70,
                    List.of(0.35, 0.45, 0.2),
                    List.of(
                            "We begrijpen elkaar in het team nu beter.",
                            "Leuk om dit met het hele team te doen.",
                            "Goede oefeningen in communiceren."),
                    List.of("Great to do this with the whole team.", "We communicate better as a team now."),
                    List.of(
                            "Klanten geven mij hogere cijfers sinds de training.",
                            "Minder klachten over de communicatie.",
                            "De klantbeoordelingen in het systeem zijn gestegen.")),
            ProgrammeType.OTHER,
            new Profile(
                    List.of(3.8, 3.9, 3.6),
                    7.0,
                    0.75,
                    List.of(0.2, 0.5, 0.3),
                    List.of(
                            "Goede planningstechnieken die ik direct kan gebruiken.",
                            "Risico's beheersen werd eindelijk concreet.",
                            "Nuttige sjablonen voor mijn projecten."),
                    List.of("Practical planning techniques.", "Useful templates for my projects."),
                    List.of(
                            "Mijn projecten lopen minder vaak uit.",
                            "Betere planning, minder vertraging bij oplevering.",
                            "Volgens de projectadministratie lever ik vaker op tijd op.")));

    private DemoSurveyTexts() {}

    /** The three items of a programme's reaction survey: the material instead of the trainer when self-paced online. */
    static List<String> items(DeliveryMode mode) {
        return List.of(RELEVANCE, mode == DeliveryMode.ONLINE_SELF_PACED ? MATERIAL : TRAINER, APPLICABLE);
    }

    /** The pool a comment comes from: praise or criticism, Dutch or English, online or not. */
    static List<String> comments(ProgrammeType type, DeliveryMode mode, boolean critical, boolean english) {
        boolean online = mode == DeliveryMode.ONLINE_SELF_PACED;
        if (critical) {
            if (english) {
                return online ? ONLINE_ENGLISH_CRITICISM : ENGLISH_CRITICISM;
            }
            return online ? ONLINE_CRITICISM : CRITICISM;
        }
        Profile profile = PROFILES.get(type);
        return english ? profile.englishPraise() : profile.praise();
    }
}
