package org.hireloop.jobs;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything the job description text format carries, as structured data: what a job asks of
 * a person and what it offers. Job board facts (status, location, employment type) live on
 * {@link Job}, because the text format does not carry them.
 */
public record JobDescription(
        String title,
        @Nullable Salary salary,
        List<String> tags,
        @Nullable String roleDefinition,
        CareerProgression career,
        Responsibilities responsibilities,
        Skills skills,
        Education education,
        Experience experience) {

    public JobDescription {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        tags = List.copyOf(tags);
        career = career == null ? CareerProgression.EMPTY : career;
        responsibilities = responsibilities == null ? Responsibilities.EMPTY : responsibilities;
        skills = skills == null ? Skills.EMPTY : skills;
        education = education == null ? Education.EMPTY : education;
        experience = experience == null ? Experience.EMPTY : experience;
    }

    /** Career paths around the role: where people come from, where they go, what is beside it. */
    public record CareerProgression(
            List<CareerEntry> entryPoints, List<CareerEntry> advancements, List<CareerEntry> lateralMoves) {
        public static final CareerProgression EMPTY = new CareerProgression(List.of(), List.of(), List.of());

        public CareerProgression {
            entryPoints = List.copyOf(entryPoints);
            advancements = List.copyOf(advancements);
            lateralMoves = List.copyOf(lateralMoves);
        }
    }

    /**
     * One bullet of a career path. "Staff Engineer / Principal Engineer" names two alternative
     * roles; each may carry an abbreviation, as "Site Reliability Engineer (SRE)" does.
     */
    public record CareerEntry(List<CareerRole> alternatives) {
        public CareerEntry {
            alternatives = List.copyOf(alternatives);
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("a career entry names at least one role");
            }
        }
    }

    public record CareerRole(String title, @Nullable String abbreviation) {
        private static final int MAX_ABBREVIATION = 15;

        /**
         * Whether the text in "Title (TEXT)" is an abbreviation of the title: mostly capitals and
         * digits, starting with one ("SRE", "SDE II", "L5"; not "iOS", "Remote"). The parser and
         * the career graph both decide it so.
         */
        public static boolean isAbbreviation(String text) {
            if (text.isEmpty() || text.length() > MAX_ABBREVIATION) {
                return false;
            }
            char first = text.charAt(0);
            if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
                return false;
            }
            int capitals = 0;
            int lower = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isUpperCase(c) || Character.isDigit(c)) {
                    capitals++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                } else if (c != ' ' && c != '-' && c != '&' && c != '.' && c != '+') {
                    return false;
                }
            }
            return capitals > lower;
        }

        public CareerRole {
            Objects.requireNonNull(title, "title");
            if (title.isBlank()) {
                throw new IllegalArgumentException("a career role needs a title");
            }
        }
    }

    public record Responsibilities(List<String> primary, List<String> secondary) {
        public static final Responsibilities EMPTY = new Responsibilities(List.of(), List.of());

        public Responsibilities {
            primary = List.copyOf(primary);
            secondary = List.copyOf(secondary);
        }
    }

    public record Skills(List<Skill> hard, List<Skill> soft) {
        public static final Skills EMPTY = new Skills(List.of(), List.of());

        public Skills {
            hard = List.copyOf(hard);
            soft = List.copyOf(soft);
        }
    }

    /** A competency as the format writes it: "Name: description". */
    public record Skill(String name, @Nullable String description) {
        public Skill {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a skill needs a name");
            }
        }
    }

    public record Education(List<String> minimum, List<String> preferred, List<String> fields) {
        public static final Education EMPTY = new Education(List.of(), List.of(), List.of());

        public Education {
            minimum = List.copyOf(minimum);
            preferred = List.copyOf(preferred);
            fields = List.copyOf(fields);
        }
    }

    /**
     * The typical experience range ("3-8 years of professional experience in ...") split into
     * its numbers and the words after "years", plus the preferred points.
     */
    public record Experience(
            @Nullable Integer minYears,
            @Nullable Integer maxYears,
            @Nullable String detail,
            List<String> preferred) {
        public static final Experience EMPTY = new Experience(null, null, null, List.of());

        public Experience {
            preferred = List.copyOf(preferred);
            if (minYears != null && minYears < 0) {
                throw new IllegalArgumentException("minimum years must not be negative");
            }
            if (minYears != null && maxYears != null && minYears > maxYears) {
                throw new IllegalArgumentException("minimum years must not exceed maximum years");
            }
        }
    }
}
