package org.hireloop.search.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hireloop.search.corpus.Places.Country;

/**
 * Generates a synthetic corpus: organizations and realistic job descriptions in the text format,
 * with their ground truth. Every job is computed from the seed and its index alone, so any job can
 * be generated on its own, in any order and in parallel; the same seed always gives the same
 * texts. Job {@code i} belongs to organization {@code i % organizations}.
 */
public final class CorpusGenerator {

    private static final List<String> PREFIXES = List.of(
            "Acme",
            "Northwind",
            "Bluefin",
            "Brightpath",
            "Cobalt",
            "Copperleaf",
            "Crescent",
            "Driftwood",
            "Evergreen",
            "Fieldstone",
            "Foxglove",
            "Granite",
            "Harbor",
            "Helix",
            "Ironbark",
            "Juniper",
            "Kestrel",
            "Lakeshore",
            "Lumen",
            "Maple",
            "Meridian",
            "Nimbus",
            "Oakridge",
            "Orbit",
            "Pinecrest",
            "Polar",
            "Quarry",
            "Redwood",
            "Riverbend",
            "Saffron",
            "Silverline",
            "Summit",
            "Tidewater",
            "Trailhead",
            "Vantage",
            "Willow",
            "Zephyr",
            "Aurora",
            "Beacon",
            "Cedar");
    private static final List<String> NOUNS = List.of(
            "Robotics",
            "Analytics",
            "Health",
            "Payments",
            "Logistics",
            "Labs",
            "Systems",
            "Software",
            "Networks",
            "Energy",
            "Games",
            "Learning",
            "Media",
            "Mobility",
            "Security",
            "Commerce",
            "Insurance",
            "Travel",
            "Foods",
            "Bank",
            "Cloud",
            "Data",
            "Studios",
            "Works",
            "Dynamics",
            "Health Partners",
            "Markets",
            "Digital",
            "Technologies",
            "Ventures");
    private static final List<String> INDUSTRIES = List.of(
            "FinTech",
            "HealthTech",
            "eCommerce",
            "EdTech",
            "Logistics",
            "Gaming",
            "Media",
            "Travel",
            "Energy",
            "InsurTech",
            "Marketplace",
            "Mobility",
            "PropTech",
            "Retail");
    private static final int[] FAMILY_WEIGHTS = {16, 11, 10, 7, 8, 7, 7, 9, 5, 5, 6, 4, 3, 2};
    private static final int[] SENIORITY_WEIGHTS = {15, 30, 30, 12, 13};

    private final long seed;
    private final int organizations;
    private final GeneratedOrganization[] orgs;

    public CorpusGenerator(long seed, int organizations) {
        if (organizations < 1) {
            throw new IllegalArgumentException("a corpus needs at least one organization");
        }
        if (Families.ALL.size() != FAMILY_WEIGHTS.length) {
            throw new IllegalStateException("a weight per role family");
        }
        this.seed = seed;
        this.organizations = organizations;
        this.orgs = IntStream.range(0, organizations)
                .mapToObj(this::newOrganization)
                .toArray(GeneratedOrganization[]::new);
    }

    public long seed() {
        return seed;
    }

    public int organizationCount() {
        return organizations;
    }

    public GeneratedOrganization organization(int index) {
        return orgs[index];
    }

    public List<GeneratedOrganization> organizations() {
        return List.of(orgs);
    }

    /** The jobs 0 to count - 1, in order; {@code .parallel()} generates them on every core. */
    public Stream<GeneratedJob> jobs(long count) {
        return LongStream.range(0, count).mapToObj(this::job);
    }

    /** Job number {@code index}, computed from the seed and the index alone. */
    public GeneratedJob job(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("a job index is not negative");
        }
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        GeneratedOrganization org = orgs[(int) (index % organizations)];
        int ordinal = (int) (index / organizations) + 1;
        RoleFamily family = Families.ALL.get(weighted(random, FAMILY_WEIGHTS));
        Seniority seniority = Seniority.values()[weighted(random, SENIORITY_WEIGHTS)];
        return new JobWriter(random, org, family, seniority).write(index, key(org, ordinal), ordinal);
    }

    private GeneratedOrganization newOrganization(int index) {
        SplittableRandom random = new SplittableRandom(mix(seed, -1L - index));
        int combinations = PREFIXES.size() * NOUNS.size();
        // a stride coprime to the number of combinations visits each name once before repeating
        int combination = (int) Math.floorMod(index * 7L + Math.floorMod(seed, combinations), combinations);
        String name = PREFIXES.get(combination % PREFIXES.size()) + " " + NOUNS.get(combination / PREFIXES.size());
        int round = index / combinations;
        String slug = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + (round == 0 ? "" : "-" + (round + 1));
        String displayName = round == 0 ? name : name + " " + (round + 1);
        String industry = INDUSTRIES.get(random.nextInt(INDUSTRIES.size()));
        Country home = Places.country(random.nextDouble());
        return new GeneratedOrganization(index, slug, displayName, industry, home.code());
    }

    private static String key(GeneratedOrganization org, int ordinal) {
        String digits = Integer.toString(ordinal);
        StringBuilder key =
                new StringBuilder(org.slug().length() + 8).append(org.slug()).append('/');
        for (int i = digits.length(); i < 6; i++) {
            key.append('0');
        }
        return key.append(digits).toString();
    }

    static int weighted(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int target = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A well-mixed stream seed for (seed, index), so neighbouring indices share nothing. */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static <T> List<T> sample(SplittableRandom random, List<T> items, int count) {
        List<T> copy = new ArrayList<>(items);
        int n = Math.min(count, copy.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy.subList(0, n);
    }
}
