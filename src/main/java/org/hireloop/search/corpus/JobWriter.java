package org.hireloop.search.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.hireloop.jobs.Salary;
import org.hireloop.jobs.Salary.SalaryPeriod;
import org.hireloop.search.corpus.Places.Country;
import org.hireloop.search.corpus.RoleFamily.Competency;
import org.hireloop.search.corpus.RoleFamily.Tool;
import org.jspecify.annotations.Nullable;

/** Chooses the facts of one job and writes its description; one instance per job. */
final class JobWriter {

    /** Yearly pay bands in US dollars per seniority: minimum of the lower bound, then its spread. */
    private static final int[][] BANDS = {
        {62_000, 18_000}, {88_000, 25_000}, {125_000, 30_000}, {160_000, 40_000}, {150_000, 45_000}
    };

    private static final List<String> LEADS = List.of(
            "Strong skills with",
            "Hands-on experience with",
            "Proven experience using",
            "Working knowledge of",
            "Expert-level proficiency in",
            "Familiarity with",
            "Solid experience with");

    private static final Set<String> ENGINEERING = Set.of("Engineering", "Infrastructure", "Data", "AI", "Security");

    private final SplittableRandom random;
    private final GeneratedOrganization org;
    private final RoleFamily family;
    private final Seniority seniority;
    private final Set<String> skills = new LinkedHashSet<>();
    private final List<Tool> chosenTools = new ArrayList<>();
    private String title = "";
    private String workplace = "";
    private Country country = Places.COUNTRIES.get(0);
    private @Nullable String city;
    private String employment = "FULL_TIME";

    JobWriter(SplittableRandom random, GeneratedOrganization org, RoleFamily family, Seniority seniority) {
        this.random = random;
        this.org = org;
        this.family = family;
        this.seniority = seniority;
    }

    GeneratedJob write(long index, String key, int ordinal) {
        List<String> titles = family.titles(seniority);
        title = random.nextInt(100) < 55 ? titles.get(0) : titles.get(random.nextInt(titles.size()));
        place();
        employment = employment();
        List<String> hardSkills = hardSkills();
        List<String> tags = tags();
        DescriptionText text = new DescriptionText(random).title(title, random);
        Salary salary = salaryLine(text);
        if (!tags.isEmpty()) {
            text.paragraph(String.join("", tags)); // run together, as the format writes them
        }
        if (random.nextInt(100) < 95) {
            text.heading("Role Definition", "🎯");
            for (String paragraph : roleDefinition()) {
                text.paragraph(paragraph);
            }
        }
        if (random.nextInt(100) < 90) {
            career(text);
        }
        responsibilities(text);
        skillsSection(text, hardSkills);
        Integer[] years = educationAndExperience(text);
        return new GeneratedJob(
                index,
                key,
                org,
                ordinal,
                family.key(),
                seniority,
                title,
                text.text(),
                List.copyOf(skills),
                tags,
                salary,
                years[0],
                years[1],
                workplace,
                country.code(),
                city,
                employment,
                family.department());
    }

    private void place() {
        country = random.nextInt(100) < 70 ? Places.byCode(org.homeCountry()) : Places.country(random.nextDouble());
        int w = random.nextInt(100);
        workplace = w < 25 ? "remote" : w < 70 ? "hybrid" : "on_site";
        city = workplace.equals("remote")
                ? null
                : country.cities().get(random.nextInt(country.cities().size()));
    }

    private String employment() {
        int e = random.nextInt(100);
        if (seniority == Seniority.JUNIOR && e < 6) {
            return "INTERN";
        }
        return e < 86 ? "FULL_TIME" : e < 93 ? "CONTRACTOR" : e < 97 ? "PART_TIME" : "TEMPORARY";
    }

    // ---- skills ----

    private List<String> hardSkills() {
        List<Competency> competencies = CorpusGenerator.sample(
                random,
                family.competencies(),
                3 + random.nextInt(family.competencies().size() - 2));
        List<String> lines = new ArrayList<>();
        for (Competency competency : competencies) {
            List<Tool> tools = CorpusGenerator.sample(random, competency.tools(), 1 + random.nextInt(3));
            List<String> names = new ArrayList<>();
            for (Tool tool : tools) {
                names.add(mention(tool));
            }
            lines.add(competency.name() + ": " + LEADS.get(random.nextInt(LEADS.size())) + " " + toolList(names)
                    + " for " + competency.purpose() + ".");
        }
        if (ENGINEERING.contains(family.department()) && random.nextInt(100) < 40) {
            lines.add("System Design: Ability to design and reason about {maintainable|scalable}, secure systems."
                    .replace("{maintainable|scalable}", random.nextBoolean() ? "maintainable" : "scalable"));
        }
        return lines;
    }

    /** The tool's name as this text writes it, sometimes an alias; counts it as mentioned. */
    private String mention(Tool tool) {
        if (skills.add(tool.name())) {
            chosenTools.add(tool);
        }
        if (!tool.aliases().isEmpty() && random.nextInt(100) < 25) {
            return tool.aliases().get(random.nextInt(tool.aliases().size()));
        }
        return tool.name();
    }

    private String toolList(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        String head = String.join(", ", names.subList(0, names.size() - 1));
        String last = names.get(names.size() - 1);
        return switch (random.nextInt(4)) {
            case 0 -> head + (names.size() > 2 ? ", and " : " and ") + last;
            case 1 -> head + ", or " + last;
            case 2 -> "tools such as " + head + " and " + last;
            default -> head + " and " + last;
        };
    }

    private List<String> tags() {
        List<String> tags = new ArrayList<>();
        for (String tag : CorpusGenerator.sample(random, family.tags(), 2 + random.nextInt(3))) {
            // a tag naming a tool only where the text asks for that tool
            boolean tool =
                    Families.tools(family).stream().anyMatch(t -> t.name().equals(tag));
            if (!tool || skills.contains(tag)) {
                tags.add(tag);
            }
        }
        if (random.nextInt(100) < 70) {
            // "eCommerce" reads as a tag of its own at the start of the line, not after a word
            tags.add(Character.isLowerCase(org.industry().charAt(0)) ? 0 : tags.size(), org.industry());
        }
        if (random.nextInt(100) < 50) {
            tags.add("Technology");
        }
        return tags;
    }

    // ---- salary ----

    private @Nullable Salary salaryLine(DescriptionText text) {
        int kind = random.nextInt(100);
        if (kind < 4) {
            return null;
        }
        if (kind < 8) {
            text.paragraph("💰 " + (random.nextBoolean() ? "Competitive" : "Competitive salary and equity"));
            return null;
        }
        int[] band = BANDS[seniority.ordinal()];
        double usd = (band[0] + random.nextInt(band[1])) * family.pay();
        double min = usd * country.pay();
        double max = min * (1.15 + random.nextDouble() * 0.45);
        String code = country.currency();
        boolean hourly = employment.equals("CONTRACTOR") && random.nextBoolean();
        long unit = hourly ? 1 : code.equals("JPY") || code.equals("INR") ? 100_000 : 1_000;
        if (hourly) {
            min = min / 2080 * 1.3;
            max = max / 2080 * 1.3;
        }
        long low = Math.max(unit, Math.round(min / unit) * unit);
        long high = Math.max(low, Math.round(max / unit) * unit);
        Salary salary = new Salary(
                BigDecimal.valueOf(low),
                BigDecimal.valueOf(high),
                Currency.getInstance(code),
                hourly ? SalaryPeriod.HOUR : SalaryPeriod.YEAR);
        text.paragraph(salaryText(low, high, code, hourly, unit));
        return salary;
    }

    private String salaryText(long low, long high, String code, boolean hourly, long unit) {
        String symbol = symbol(code);
        String period = hourly ? (random.nextBoolean() ? " per hour" : "/hr") : "";
        int style = random.nextInt(100);
        if (symbol != null && style < 55) {
            return "💰 " + symbol + grouped(low) + " - " + symbol + grouped(high) + period;
        }
        if (symbol != null && style < 70 && !hourly && unit >= 1_000) {
            return "💰 " + symbol + low / 1_000 + "k–" + symbol + high / 1_000 + "k";
        }
        if (style < 85) {
            return "Salary: " + code + " " + grouped(low) + " to " + grouped(high) + period;
        }
        return "💰 " + low + "-" + high + " " + code + period;
    }

    private static @Nullable String symbol(String code) {
        return switch (code) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "INR" -> "₹";
            case "JPY" -> "¥";
            case "CAD" -> "C$";
            case "AUD" -> "A$";
            default -> null;
        };
    }

    private static String grouped(long amount) {
        String digits = Long.toString(amount);
        StringBuilder out = new StringBuilder(digits.length() + 4);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    // ---- role definition ----

    private List<String> roleDefinition() {
        String opener = switch (random.nextInt(4)) {
            case 0 ->
                org.name() + " is looking for " + article(title) + " " + title + " to join our " + family.department()
                        + " team.";
            case 1 -> "We are hiring " + article(title) + " " + title + " at " + org.name() + ".";
            case 2 ->
                "As " + article(title) + " " + title + " at " + org.name() + ", you will join a "
                        + pick("small", "growing", "world-class", "friendly") + " " + family.department() + " team.";
            default -> "Join " + org.name() + " as " + article(title) + " " + title + ".";
        };
        String mission =
                fill(family.missions().get(random.nextInt(family.missions().size())));
        String place = switch (workplace) {
            case "remote" -> "This is a remote role open to candidates living in " + countryName() + ".";
            case "hybrid" ->
                "This is a hybrid role based in " + city + ", with " + pick("two", "three")
                        + " days a week in the office.";
            default -> "You will work from our office in " + city + ", " + countryName() + ".";
        };
        String closing = fill("{We value|We care about} {curiosity|ownership|craft|kindness}, and we offer"
                + " {a generous learning budget|flexible hours|a clear career path|meaningful equity}.");
        if (random.nextInt(100) < 30) {
            return List.of(opener + " " + mission, place + " " + closing);
        }
        return List.of(opener + " " + mission + " " + place + (random.nextBoolean() ? " " + closing : ""));
    }

    private String countryName() {
        return country.name();
    }

    private static String article(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    // ---- career ----

    private void career(DescriptionText text) {
        text.heading("Career Progression", "📈");
        text.heading("Typical Career Path", "");
        text.list("Entry Point From:", entryPoints());
        text.list("Advancement To:", advancements());
        text.list("Lateral Moves:", lateralMoves());
    }

    private List<String> entryPoints() {
        if (seniority == Seniority.JUNIOR) {
            return roles(CorpusGenerator.sample(random, family.entryFrom(), 1 + random.nextInt(2)));
        }
        List<String> below = new ArrayList<>(family.titles(Seniority.values()[seniority.ordinal() - 1]));
        if (seniority == Seniority.MANAGER) {
            below.addAll(family.titles(Seniority.STAFF));
        }
        return roles(below);
    }

    private List<String> advancements() {
        if (seniority == Seniority.MANAGER) {
            return roles(family.beyond());
        }
        List<String> above = new ArrayList<>(family.titles(Seniority.values()[seniority.ordinal() + 1]));
        if (seniority == Seniority.SENIOR) {
            above.addAll(family.titles(Seniority.MANAGER));
        }
        return roles(above);
    }

    private List<String> lateralMoves() {
        List<String> moves = new ArrayList<>();
        for (String key : CorpusGenerator.sample(random, family.lateral(), 1 + random.nextInt(2))) {
            moves.add(role(Families.byKey(key).titles(seniority).get(0)));
        }
        return moves;
    }

    /** Career bullets for these roles: some "A / B" pairs, the rest one per bullet. */
    private List<String> roles(List<String> titles) {
        List<String> bullets = new ArrayList<>();
        int i = 0;
        while (i < titles.size()) {
            if (i + 1 < titles.size() && random.nextInt(100) < 35) {
                bullets.add(role(titles.get(i)) + " / " + role(titles.get(i + 1)));
                i += 2;
            } else {
                bullets.add(role(titles.get(i)));
                i++;
            }
        }
        return bullets;
    }

    private String role(String roleTitle) {
        String abbreviation = Families.ABBREVIATIONS.get(roleTitle);
        return abbreviation != null && random.nextInt(100) < 70 ? roleTitle + " (" + abbreviation + ")" : roleTitle;
    }

    // ---- responsibilities ----

    private void responsibilities(DescriptionText text) {
        List<String> primary = new ArrayList<>();
        for (String template : CorpusGenerator.sample(random, family.responsibilities(), 4 + random.nextInt(5))) {
            primary.add(fill(template));
        }
        List<String> level = Phrases.BY_LEVEL.get(seniority.ordinal());
        for (String template : CorpusGenerator.sample(random, level, 1 + random.nextInt(level.size()))) {
            primary.add(random.nextInt(primary.size() + 1), fill(template));
        }
        List<String> secondary = new ArrayList<>();
        if (random.nextInt(100) < 70) {
            for (String template : CorpusGenerator.sample(random, Phrases.SECONDARY, 2 + random.nextInt(3))) {
                secondary.add(fill(template));
            }
        }
        text.heading("Core Responsibilities", "");
        text.list("Primary Functions", primary);
        text.list("Secondary Functions", secondary);
    }

    private void skillsSection(DescriptionText text, List<String> hard) {
        List<String> soft = new ArrayList<>();
        if (random.nextInt(100) < 85) {
            for (String template : CorpusGenerator.sample(random, Phrases.SOFT_SKILLS, 3 + random.nextInt(4))) {
                soft.add(fill(template));
            }
        }
        text.heading("Required Skills & Competencies", "");
        text.list(random.nextInt(100) < 85 ? "Hard Skills (Technical)" : "Technical Skills", hard);
        text.list("Soft Skills", soft);
    }

    // ---- education and experience ----

    /** Writes the section; answers the experience range as written: {min, max}. */
    private Integer[] educationAndExperience(DescriptionText text) {
        boolean education = random.nextInt(100) < 90;
        text.heading("Education & Experience", "");
        if (education) {
            List<String> fields = CorpusGenerator.sample(random, family.fields(), 2 + random.nextInt(3));
            text.heading("Educational Background", "");
            text.list("Minimum Education:", List.of(minimumEducation(fields.get(0))));
            if (random.nextInt(100) < 60) {
                text.list(
                        "Preferred Education:",
                        List.of("Master's Degree in " + fields.get(0)
                                + (random.nextBoolean()
                                        ? " or a related discipline."
                                        : " or equivalent research experience.")));
            }
            text.list("Relevant Fields of Study:", fields);
        }
        text.heading("Experience Requirements", "");
        int min = Math.max(0, seniority.minYears() + random.nextInt(3) - 1);
        int max = Math.max(min + 2, seniority.maxYears() + random.nextInt(3) - 1);
        String detail = fill(" of {professional|relevant|hands-on} experience as "
                + article(family.titles(Seniority.MID).get(0)) + " "
                + family.titles(Seniority.MID).get(0) + " or in a similar role.");
        Integer[] years;
        String range;
        int style = random.nextInt(100);
        if (style < 45) {
            range = min + "-" + max + " years" + detail;
            years = new Integer[] {min, max};
        } else if (style < 65) {
            range = min + "–" + max + " years" + detail;
            years = new Integer[] {min, max};
        } else if (style < 75) {
            range = min + " to " + max + " years" + detail;
            years = new Integer[] {min, max};
        } else if (min > 0) {
            range = min + "+ years" + detail;
            years = new Integer[] {min, null};
        } else {
            range = "up to " + max + " years" + detail;
            years = new Integer[] {null, max};
        }
        text.list("Typical Experience Range:", List.of(range));
        if (random.nextInt(100) < 80) {
            List<String> preferred = new ArrayList<>();
            for (String template :
                    CorpusGenerator.sample(random, Phrases.PREFERRED_EXPERIENCE, 1 + random.nextInt(3))) {
                preferred.add(fill(template));
            }
            text.list("Preferred:", preferred);
        }
        return years;
    }

    private String minimumEducation(String field) {
        if (family.key().equals("it_support") && random.nextBoolean()) {
            return "Associate's Degree in " + field + " or relevant certifications such as CompTIA A+.";
        }
        return "Bachelor's Degree in " + field
                + (random.nextBoolean()
                        ? ", a related technical field, or equivalent practical experience."
                        : " or a related field.");
    }

    // ---- templates ----

    private String fill(String template) {
        return Phrases.fill(template, random, this::resolve);
    }

    private String resolve(String name) {
        if (name.startsWith("tool:")) {
            return mention(toolOf(name.substring("tool:".length())));
        }
        if (name.equals("industry")) {
            return org.industry();
        }
        throw new IllegalStateException("unknown template variable " + name);
    }

    /**
     * A tool of these competencies ("A;B"): one this job already asks for when there is one,
     * otherwise any of them, which the job then asks for too.
     */
    private Tool toolOf(String competencies) {
        List<Tool> candidates = new ArrayList<>();
        for (String name : competencies.split(";")) {
            candidates.addAll(Families.competency(family, name).tools());
        }
        List<Tool> asked = candidates.stream().filter(chosenTools::contains).toList();
        List<Tool> from = asked.isEmpty() ? candidates : asked;
        return from.get(random.nextInt(from.size()));
    }

    private String pick(String... words) {
        return words[random.nextInt(words.length)];
    }
}
