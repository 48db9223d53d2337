package vn.cong.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A word-level diff of two texts (java-diff-utils' Myers algorithm over words, white space and tags): the second
 * text as runs of kept, inserted and deleted words, deletions before the insertions that replace them. For people
 * to read it, a lone space kept between two changes joins the change ("nhà văn hóa" → "trường mầm non" is one
 * deletion and one insertion, not three of each), and adjacent runs of the same kind are joined.
 */
public final class WordDiff {

    private WordDiff() {
    }

    /** Two plain texts (titles, summaries, attribution). */
    public static List<Segment> ofPlainText(String before, String after) {
        return diff(Tokens.plain(before), Tokens.plain(after));
    }

    /** Two sanitised rich texts: compared on their words, with their tags kept as readable tokens. */
    public static List<Segment> ofRichText(String before, String after) {
        return diff(Tokens.rich(before), Tokens.rich(after));
    }

    private static List<Segment> diff(List<Tokens.Token> before, List<Tokens.Token> after) {
        return readable(tokens(before, after));
    }

    private static List<Segment> tokens(List<Tokens.Token> before, List<Tokens.Token> after) {
        Patch<Tokens.Token> patch = DiffUtils.diff(before, after);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<Tokens.Token> delta : patch.getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                add(segments, Segment.Change.KEPT, before.get(position));
            }
            delta.getSource().getLines().forEach(t -> add(segments, Segment.Change.DELETED, t));
            delta.getTarget().getLines().forEach(t -> add(segments, Segment.Change.INSERTED, t));
            position += delta.getSource().size();
        }
        for (; position < before.size(); position++) {
            add(segments, Segment.Change.KEPT, before.get(position));
        }
        return segments;
    }

    /**
     * White space kept between two changes becomes part of both; a run of changes that both deletes and inserts
     * shows its deletions, then its insertions. A run that only deletes or only inserts stays as it came.
     */
    private static List<Segment> readable(List<Segment> raw) {
        List<Segment> result = new ArrayList<>();
        List<Segment> run = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Segment segment = raw.get(i);
            boolean spaceBetweenChanges = segment.change() == Segment.Change.KEPT && !segment.markup()
                    && segment.text().isBlank() && !run.isEmpty()
                    && i + 1 < raw.size() && raw.get(i + 1).change() != Segment.Change.KEPT;
            if (segment.change() != Segment.Change.KEPT || spaceBetweenChanges) {
                run.add(segment);
            } else {
                flush(result, run);
                join(result, segment);
            }
        }
        flush(result, run);
        return result;
    }

    private static void flush(List<Segment> result, List<Segment> run) {
        boolean deletes = run.stream().anyMatch(s -> s.change() == Segment.Change.DELETED);
        boolean inserts = run.stream().anyMatch(s -> s.change() == Segment.Change.INSERTED);
        if (deletes && inserts) {
            for (Segment.Change side : new Segment.Change[] {Segment.Change.DELETED, Segment.Change.INSERTED}) {
                for (Segment s : run) {
                    if (s.change() == side || s.change() == Segment.Change.KEPT) {
                        join(result, new Segment(side, s.text(), s.markup()));
                    }
                }
            }
        } else {
            run.forEach(s -> join(result, s));
        }
        run.clear();
    }

    private static void join(List<Segment> segments, Segment segment) {
        if (!segments.isEmpty() && !segment.markup()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.change() == segment.change() && !last.markup()) {
                segments.set(segments.size() - 1, new Segment(segment.change(), last.text() + segment.text(), false));
                return;
            }
        }
        segments.add(segment);
    }

    private static void add(List<Segment> segments, Segment.Change change, Tokens.Token token) {
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.change() == change && last.markup() == token.markup() && !token.markup()) {
                segments.set(segments.size() - 1, new Segment(change, last.text() + token.text(), false));
                return;
            }
        }
        segments.add(new Segment(change, token.text(), token.markup()));
    }

    /** True when the segments contain any insertion or deletion. */
    public static boolean changes(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.change() != Segment.Change.KEPT);
    }
}
