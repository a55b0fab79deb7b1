package org.hireloop.identity.audit.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hireloop.identity.audit.AuditEntry;
import org.hireloop.platform.AuditEvent;
import org.jspecify.annotations.Nullable;

/**
 * Audit entries as CSV lines (RFC 4180: CRLF line ends, cells with a comma, quote or line break
 * quoted, quotes doubled). A cell a spreadsheet would run as a formula (one starting with
 * {@code = + - @}, a tab or a carriage return) gets a leading single quote, so opening an export
 * cannot run what a caller wrote into a user agent or an id. Changed fields are joined by ';'.
 */
final class AuditCsv {

    static final String HEADER = line(Stream.of(
            "id",
            "seq",
            "at",
            "actor_type",
            "actor_id",
            "action",
            "target_type",
            "target_id",
            "address",
            "user_agent",
            "changed_fields",
            "prev_hash",
            "hash"));

    private AuditCsv() {}

    static String row(AuditEntry entry) {
        AuditEvent e = entry.event();
        return line(Stream.of(
                entry.id().toString(),
                Long.toString(entry.seq()),
                DateTimeFormatter.ISO_INSTANT.format(e.at()),
                e.actorType(),
                e.actorId(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.address(),
                e.userAgent(),
                String.join(";", e.changedFields()),
                entry.prevHash().hex(),
                entry.hash().hex()));
    }

    static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = startsAFormula(value) ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static boolean startsAFormula(String value) {
        return List.of('=', '+', '-', '@', '\t', '\r').contains(value.charAt(0));
    }

    private static String line(Stream<@Nullable String> cells) {
        return cells.map(AuditCsv::cell).collect(Collectors.joining(",", "", "\r\n"));
    }
}
