package org.entente.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.entente.claims.Entity;
import org.entente.claims.EntityKind;
import org.entente.claims.ReferenceData;

/**
 * Generates articles of realistic length for the benchmark: sentence templates that recombine
 * the reference data's entities (by any of their names) with the cue phrases the rules read,
 * between sentences that name nothing, as analysis pieces do. The same seed gives the same corpus.
 */
public final class ArticleGenerator {

    private static final String[] TEMPLATES = {
        "{STATES} agreed to share intelligence on missile launches {TIME}.",
        "{STATE} and {STATE} held talks on {COMMODITY} supply chains in {PLACE} {TIME}.",
        "The {COALITION}, which includes {STATES}, {MODAL} expand its agenda.",
        "{DEMONYM} President {PERSON} paid an official visit to {STATE} {TIME}.",
        "{PERSON} visited {PLACE} and {PLACE} during a regional tour {TIME}.",
        "According to {ORG}, {STATES} {MODAL} hold joint naval exercises in the {PLACE} {TIME}.",
        "{STATE} imposed restrictions on exports of {COMMODITY} to {STATE} {TIME}.",
        "{STATE} filed a complaint with the {ORG} about the restrictions imposed by {STATE}.",
        "The {AGREEMENT} signed by {STATES} aims to deter aggression.",
        "Officials said the decision to renew the {AGREEMENT} was taken {TIME}.",
        "{DEMONYM} military aircraft, including the {ASSET} and {ASSET}, took part in the drills.",
        "{STATE} plans to involve {STATE} in cooperation in the field of {COMMODITY}.",
        "The {COALITION} ({STATES}) {MODAL} become a pillar of the regional security architecture.",
        "{ORG} said that {STATES} will be able to exchange information through the {ORG}.",
        "The {PLACE} is in dispute between {STATE} and {STATE}.",
        "{STATES} did not sign the {AGREEMENT} {TIME}.",
    };

    private static final String[] FILLER = {
        "Analysts have long debated how far the region's economic ties can temper its security rivalries.",
        "The history of the relationship is complicated, and memories of past disputes still shape public opinion.",
        "Markets reacted calmly to the news, although shipping insurers raised their premiums for a while.",
        "Observers note that domestic politics often limit how much any government can concede in such talks.",
        "The announcement came after months of quiet consultations between officials at several levels.",
        "Critics argue that the new arrangements add layers of bureaucracy without changing the balance of power.",
        "Supporters reply that regular contact between the militaries reduces the risk of accidents at sea.",
        "Much will depend on the budgets that parliaments approve over the coming years.",
    };

    private static final String[] TIMES = {"in March this year", "last year", "last month", "in early June",
        "on May 19-21", "in 2019", "in early 2023", "in February 2022", "next year", "in late 2021"};
    private static final String[] MODALS = {"could", "will", "may", "is expected to", "plans to", "does not"};

    private final Random random;
    private final List<Entity> states;
    private final List<Entity> people;
    private final List<Entity> organizations;
    private final List<Entity> coalitions;
    private final List<Entity> agreements;
    private final List<Entity> places;
    private final List<Entity> commodities;
    private final List<Entity> assets;

    public ArticleGenerator(ReferenceData reference, long seed) {
        this.random = new Random(seed);
        Collection<Entity> all = reference.entities();
        states = of(all, EntityKind.STATE);
        people = of(all, EntityKind.PERSON);
        organizations = of(all, EntityKind.ORGANIZATION);
        coalitions = of(all, EntityKind.COALITION);
        agreements = of(all, EntityKind.AGREEMENT);
        places = of(all, EntityKind.PLACE);
        commodities = of(all, EntityKind.COMMODITY);
        assets = of(all, EntityKind.ASSET);
        if (states.size() < 2) {
            throw new IllegalArgumentException("the reference data needs at least two states to generate articles");
        }
    }

    private static List<Entity> of(Collection<Entity> all, EntityKind kind) {
        return all.stream().filter(e -> e.kind() == kind).toList();
    }

    /** An article of about {@code words} words: a headline, then paragraphs of four to seven sentences. */
    public String article(int words) {
        StringBuilder text = new StringBuilder(fill("{STATES} and the {COALITION}: what comes next")).append("\n\n");
        int count = 0;
        while (count < words) {
            int sentences = 4 + random.nextInt(4);
            StringBuilder paragraph = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                String sentence = random.nextInt(3) == 0 ? FILLER[random.nextInt(FILLER.length)]
                        : fill(TEMPLATES[random.nextInt(TEMPLATES.length)]);
                paragraph.append(i == 0 ? "" : " ").append(capitalised(sentence));
                count += sentence.split(" ").length;
            }
            text.append(paragraph).append("\n\n");
        }
        return text.toString().strip() + "\n";
    }

    private String fill(String template) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, at, open);
            out.append(slot(template.substring(open + 1, close)));
            at = close + 1;
        }
        return out.toString();
    }

    private String slot(String name) {
        return switch (name) {
            case "STATES" -> {
                List<String> names = new ArrayList<>();
                int n = 2 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    names.add(name(states));
                }
                yield String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
            }
            case "STATE" -> name(states);
            case "DEMONYM" -> {
                Entity state = pick(states);
                yield state.demonyms().isEmpty() ? state.label() : state.demonyms().get(0);
            }
            case "PERSON" -> name(people);
            case "ORG" -> name(organizations);
            case "COALITION" -> name(coalitions);
            case "AGREEMENT" -> name(agreements);
            case "PLACE" -> name(places);
            case "COMMODITY" -> name(commodities);
            case "ASSET" -> name(assets);
            case "TIME" -> TIMES[random.nextInt(TIMES.length)];
            case "MODAL" -> MODALS[random.nextInt(MODALS.length)];
            default -> throw new IllegalArgumentException("unknown slot " + name);
        };
    }

    private String name(List<Entity> entities) {
        if (entities.isEmpty()) {
            return "the delegation";
        }
        Entity e = pick(entities);
        List<String> names = new ArrayList<>(e.altLabels());
        names.add(e.label());
        return names.get(random.nextInt(names.size()));
    }

    private Entity pick(List<Entity> entities) {
        return entities.get(random.nextInt(entities.size()));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
