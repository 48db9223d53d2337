package vn.cong.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit log as CSV (RFC 4180) for Excel: UTF-8 with a byte-order mark so Vietnamese shows correctly,
 * every field quoted, and cells that a spreadsheet would run as a formula ({@code = + - @}) prefixed with an
 * apostrophe (CSV injection).
 */
public final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    public static void write(List<AuditEvent> events, List<String> header, ZoneId zone, Writer out) throws IOException {
        out.write('\uFEFF');
        line(out, header);
        DateTimeFormatter time = TIME.withZone(zone);
        for (AuditEvent e : events) {
            line(out, List.of(time.format(e.getOccurredAt()), e.getActorName(), text(e.getAddress()), e.getAction(),
                    e.getSubjectType() + (e.getSubjectId() == null ? "" : " " + e.getSubjectId()),
                    text(e.getFromState()) + (e.getToState() == null ? "" : " → " + e.getToState()), text(e.getDetail())));
        }
        out.flush();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
