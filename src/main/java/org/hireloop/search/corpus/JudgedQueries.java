package org.hireloop.search.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The judged query set shipped in {@value #RESOURCE}, and the corpus its header names: the
 * criteria judge the jobs of that fixed corpus.
 *
 * @param seed with orgs and jobs: the corpus, {@code new CorpusGenerator(seed, orgs).jobs(jobs)}
 */
public record JudgedQueries(long seed, int orgs, int jobs, List<JudgedQuery> queries) {

    public static final String RESOURCE = "search/relevance/judged-queries.tsv";

    private static final Pattern CORPUS =
            Pattern.compile("^#\\s*corpus:\\s*seed=(-?\\d+)\\s+orgs=(\\d+)\\s+jobs=(\\d+)");

    public JudgedQueries {
        queries = List.copyOf(queries);
    }

    /** The set shipped with Hireloop. */
    public static JudgedQueries shipped() {
        try (InputStream in = JudgedQueries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixed corpus the criteria judge. */
    public List<GeneratedJob> corpus() {
        return new CorpusGenerator(seed, orgs).jobs(jobs).parallel().toList();
    }

    public static JudgedQueries read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<JudgedQuery> queries = new ArrayList<>();
        long seed = 0;
        int orgs = 0;
        int jobs = 0;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            Matcher corpus = CORPUS.matcher(line);
            if (corpus.find()) {
                seed = Long.parseLong(corpus.group(1));
                orgs = Integer.parseInt(corpus.group(2));
                jobs = Integer.parseInt(corpus.group(3));
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                queries.add(query(line.split("\t", -1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        if (orgs == 0 || jobs == 0) {
            throw new IllegalArgumentException("no '# corpus: seed=N orgs=N jobs=N' header line");
        }
        return new JudgedQueries(seed, orgs, jobs, queries);
    }

    private static JudgedQuery query(String[] columns) {
        if (columns.length != 5) {
            throw new IllegalArgumentException("expected 5 tab-separated columns, found " + columns.length);
        }
        Map<String, List<String>> filters = filters(columns[2]);
        List<JudgedQuery.Criteria> partial = new ArrayList<>();
        if (!columns[4].trim().equals("-")) {
            for (String alternative : columns[4].split("\\|")) {
                partial.add(new JudgedQuery.Criteria(criteria(alternative)));
            }
        }
        return new JudgedQuery(
                columns[0].trim(), columns[1].trim(), filters, new JudgedQuery.Criteria(criteria(columns[3])), partial);
    }

    private static List<JudgedQuery.Condition> criteria(String text) {
        List<JudgedQuery.Condition> conditions = new ArrayList<>();
        for (String[] pair : pairs(text)) {
            conditions.add(new JudgedQuery.Condition(pair[0], values(pair[1])));
        }
        if (conditions.isEmpty()) {
            throw new IllegalArgumentException("grade 2 needs criteria");
        }
        return conditions;
    }

    /** The public API's filter names a judged query may use. */
    public static final List<String> FILTERS =
            List.of("remote", "tag", "location", "employment_type", "org", "skill", "department");

    private static Map<String, List<String>> filters(String text) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String[] pair : pairs(text)) {
            if (!FILTERS.contains(pair[0])) {
                throw new IllegalArgumentException("unknown filter '" + pair[0] + "'; one of " + FILTERS);
            }
            filters.put(pair[0], List.copyOf(values(pair[1])));
        }
        return filters;
    }

    private static List<String[]> pairs(String text) {
        List<String[]> pairs = new ArrayList<>();
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.equals("-")) {
            return pairs;
        }
        for (String part : trimmed.split(";")) {
            int equals = part.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("expected key=value, found '" + part.trim() + "'");
            }
            pairs.add(new String[] {
                part.substring(0, equals).trim(), part.substring(equals + 1).trim()
            });
        }
        return pairs;
    }

    private static LinkedHashSet<String> values(String text) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        for (String value : text.split(",")) {
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a condition needs a value");
        }
        return values;
    }
}
