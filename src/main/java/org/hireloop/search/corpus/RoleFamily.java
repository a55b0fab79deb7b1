package org.hireloop.search.corpus;

import java.util.List;

/**
 * A family of roles (backend, data science, product design, ...): its ladder of titles per
 * seniority, the tags, competencies and responsibilities its descriptions draw from, and the
 * families a person in it commonly moves to sideways.
 *
 * @param key the name in manifests and judging criteria ("backend", "sre")
 * @param titles per {@link Seniority} (in order), the titles of that rung; the first is the usual one
 * @param lateral keys of the families one moves to sideways at the same seniority
 * @param entryFrom roles outside the ladder that lead into its first rung
 * @param beyond roles above its top rung
 * @param pay the family's pay relative to the software engineering bands
 */
record RoleFamily(
        String key,
        String department,
        List<List<String>> titles,
        List<String> tags,
        List<Competency> competencies,
        List<String> missions,
        List<String> responsibilities,
        List<String> lateral,
        List<String> fields,
        List<String> entryFrom,
        List<String> beyond,
        double pay) {

    List<String> titles(Seniority seniority) {
        return titles.get(seniority.ordinal());
    }

    /** A well-known tool: its canonical name and other names descriptions use for it. */
    record Tool(String name, List<String> aliases) {}

    /** A hard skill as the format writes it ("Containerization & Orchestration: ... Docker and Kubernetes ..."). */
    record Competency(String name, List<Tool> tools, String purpose) {}
}
