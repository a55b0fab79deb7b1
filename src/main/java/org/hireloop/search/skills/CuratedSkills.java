package org.hireloop.search.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hireloop.search.Skill;
import org.jspecify.annotations.Nullable;

/**
 * The curated list of {@code search/skills.tsv}: one skill per line, tab-separated name, category
 * and aliases; "#" starts a comment line; a leading "=" marks a name or alias matched with its
 * exact case. Refuses a list where two skills share a name, slug or alias, so a lookup never has
 * to choose.
 */
final class CuratedSkills {

    static final String RESOURCE = "/search/skills.tsv";
    static final String SOURCE = "curated";

    private final List<Skill> skills;
    private final Map<String, Skill> byKey;
    private final AliasIndex index;

    private CuratedSkills(List<Skill> skills, Map<String, Skill> byKey, AliasIndex index) {
        this.skills = List.copyOf(skills);
        this.byKey = Map.copyOf(byKey);
        this.index = index;
    }

    static CuratedSkills load() {
        try (InputStream in = CuratedSkills.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the skills list " + RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CuratedSkills parse(String tsv) {
        List<Skill> skills = new ArrayList<>();
        Map<String, Skill> byKey = new HashMap<>();
        List<AliasIndex.Entry> entries = new ArrayList<>();
        String[] lines = tsv.split("\r?\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2 || columns[0].isBlank() || columns[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": expected name, category, aliases");
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < columns.length; c++) {
                if (c != 1 && !columns[c].isBlank()) {
                    names.add(columns[c].strip());
                }
            }
            String name = plain(names.get(0));
            List<String> aliases = names.subList(1, names.size()).stream()
                    .map(CuratedSkills::plain)
                    .toList();
            Skill skill = new Skill(name, SkillSlug.of(name), columns[1].strip(), aliases, SOURCE);
            int id = skills.size();
            skills.add(skill);
            claim(byKey, skill.slug(), skill, number);
            for (String written : names) {
                claim(byKey, plain(written), skill, number);
                entries.add(new AliasIndex.Entry(plain(written), written.startsWith("="), id));
            }
        }
        return new CuratedSkills(skills, byKey, new AliasIndex(entries));
    }

    private static String plain(String written) {
        return written.startsWith("=") ? written.substring(1).strip() : written;
    }

    private static void claim(Map<String, Skill> byKey, String name, Skill skill, int line) {
        Skill previous = byKey.putIfAbsent(AliasIndex.key(name), skill);
        if (previous != null && previous != skill) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": '" + name + "' of " + skill.name()
                    + " already names " + previous.name());
        }
    }

    List<Skill> skills() {
        return skills;
    }

    Skill skill(int id) {
        return skills.get(id);
    }

    /** The skill with this name, slug or alias, in any case. */
    @Nullable
    Skill find(String nameOrAlias) {
        return byKey.get(AliasIndex.key(nameOrAlias));
    }

    AliasIndex index() {
        return index;
    }
}
