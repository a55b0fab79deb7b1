package org.hireloop.search.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;

/**
 * The arguments of {@code hireloop generate}: {@code --seed=N --orgs=N --jobs=N} and where the
 * corpus goes, {@code --out=DIR} and/or {@code --load}.
 */
record GenerateOptions(
        long seed, int orgs, long jobs, @Nullable Path out, boolean load) {

    static final String USAGE = "usage: hireloop generate --jobs=N [--seed=N] [--orgs=N] [--out=DIR] [--load]"
            + " (at least one of --out and --load)";

    private static final Set<String> KNOWN = Set.of("seed", "orgs", "jobs", "out", "load");

    /** Thrown with a message for the person who typed the command. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static GenerateOptions of(ApplicationArguments args) throws Invalid {
        for (String name : args.getOptionNames()) {
            if (!KNOWN.contains(name) && !name.contains(".")) { // properties such as --server.port are Spring's
                throw new Invalid("unknown option --" + name);
            }
        }
        if (args.getNonOptionArgs().size() > 1) {
            throw new Invalid("unexpected argument " + args.getNonOptionArgs().get(1));
        }
        long seed = number(args, "seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        int orgs = (int) number(args, "orgs", 10, 1, 100_000);
        Long jobs = args.containsOption("jobs") ? number(args, "jobs", 0, 0, 1_000_000_000L) : null;
        if (jobs == null) {
            throw new Invalid("--jobs=N is required");
        }
        String out = value(args, "out");
        boolean load = args.containsOption("load");
        if (load && value(args, "load") != null) {
            throw new Invalid("--load takes no value");
        }
        if (out == null && !load) {
            throw new Invalid("say where the corpus goes: --out=DIR, --load or both");
        }
        return new GenerateOptions(seed, orgs, jobs, out == null ? null : Path.of(out), load);
    }

    private static long number(ApplicationArguments args, String name, long fallback, long min, long max)
            throws Invalid {
        String text = value(args, name);
        if (!args.containsOption(name)) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text == null ? "" : text.replace("_", ""));
            if (value < min || value > max) {
                throw new Invalid("--" + name + " must be between " + min + " and " + max + ", not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new Invalid("--" + name + " must be a whole number, not '" + text + "'");
        }
    }

    private static @Nullable String value(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        return values.get(values.size() - 1);
    }
}
