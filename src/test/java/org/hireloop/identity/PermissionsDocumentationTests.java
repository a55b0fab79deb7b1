package org.hireloop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/permissions.md shows the permission table of the code, row for row. */
class PermissionsDocumentationTests {

    static final String BEGIN = "<!-- permission table: begin -->";
    static final String END = "<!-- permission table: end -->";

    /** The Markdown table of {@link Permissions}: one row per action, one column per role. */
    static String table() {
        StringBuilder table = new StringBuilder("| action | token scope |");
        for (Role role : Role.values()) {
            table.append(' ').append(role.dbValue()).append(" |");
        }
        table.append("\n|---|---|");
        table.append("---|".repeat(Role.values().length)).append('\n');
        for (String action : Permissions.actions()) {
            table.append("| `")
                    .append(action)
                    .append("` | ")
                    .append(Permissions.requiredScope(action).dbValue())
                    .append(" |");
            for (Role role : Role.values()) {
                table.append(Permissions.allows(role, action) ? " yes |" : " – |");
            }
            table.append('\n');
        }
        return table.toString();
    }

    @Test
    void theDocumentedTableIsTheTableOfTheCode() throws IOException {
        String doc = Files.readString(Path.of("docs", "permissions.md"));
        assertThat(doc).contains(BEGIN).contains(END);
        String documented = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END))
                .strip();
        assertThat(documented)
                .as("regenerate the table in docs/permissions.md from Permissions")
                .isEqualTo(table().strip());
    }
}
