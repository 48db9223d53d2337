package vn.cong.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.Vietnam;

/**
 * A consultation as citizens read it on the current portal (REQUIREMENTS §3.14: full text, comment period, receiving
 * unit's address and e-mail, view comments, submit one): the draft's current version paragraph by paragraph, each with
 * how many visible comments it has — comments made on an earlier version counted where their paragraph is now, or
 * among "paragraphs since changed" when it is gone —, the comments of one paragraph (or of the whole draft) paged, and
 * the outcome once published. Only visible comments; authors masked.
 */
@ApplicationScoped
@Transactional
public class PublicConsultations {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Consultations consultations;

    @Inject
    DraftTexts drafts;

    @Inject
    Clock clock;

    /** Which comments: on the whole draft, on one paragraph of the current version, on paragraphs since changed. */
    public record Target(Kind kind, int paragraph) {

        public enum Kind { WHOLE, PARAGRAPH, CHANGED }

        public static final Target WHOLE_DRAFT = new Target(Kind.WHOLE, 0);
        public static final Target CHANGED_PARAGRAPHS = new Target(Kind.CHANGED, 0);

        public static Target paragraph(int number) {
            return new Target(Kind.PARAGRAPH, number);
        }
    }

    /** One paragraph of the current version and its visible comments' count. */
    public record ParagraphView(DraftParagraphs.Paragraph paragraph, long comments) {
    }

    /** The board's published synthesis: when, its conclusion, the comments per decision. */
    public record Outcome(Instant publishedAt, String conclusion, Map<CommentDecision, Long> decisions) {

        /** How many comments got {@code decision} (its name, as a page names it). */
        public long count(String decision) {
            return decisions.getOrDefault(CommentDecision.valueOf(decision), 0L);
        }
    }

    public record View(long id, PublishedDraft draft, ConsultationTerms terms, ConsultationStatus status,
                       List<ParagraphView> paragraphs, long wholeDraftComments, long changedParagraphComments,
                       Outcome outcome) {
    }

    /** The consultation at {@code /lay-y-kien/{slug}}: its draft published and its terms set. */
    public Optional<View> ofSlug(String slug) {
        return drafts.publishedBySlug(slug).flatMap(draft -> ofItem(draft.itemId()));
    }

    public Optional<View> ofItem(long itemId) {
        Optional<PublishedDraft> published = drafts.published(itemId);
        Optional<Consultation> found = consultations.ofItem(itemId);
        if (published.isEmpty() || found.isEmpty()) {
            return Optional.empty();
        }
        PublishedDraft draft = published.get();
        Consultation consultation = found.get();
        Map<Integer, Long> perParagraph = new HashMap<>();
        long changed = 0;
        for (Object[] group : groups(consultation.getId())) {
            Optional<Integer> now = currentNumber(draft, (Integer) group[0], (Integer) group[1], (String) group[2]);
            if (now.isPresent()) {
                perParagraph.merge(now.get(), (Long) group[3], Long::sum);
            } else {
                changed += (Long) group[3];
            }
        }
        long whole = em().createQuery("select count(m) from DraftComment m where m.consultationId = :c"
                        + " and m.state = :shown and m.paragraph is null", Long.class)
                .setParameter("c", consultation.getId()).setParameter("shown", CommentState.VISIBLE).getSingleResult();
        List<ParagraphView> paragraphs = draft.paragraphs().stream()
                .map(p -> new ParagraphView(p, perParagraph.getOrDefault(p.number(), 0L))).toList();
        return Optional.of(new View(consultation.getId(), draft, consultation.terms(),
                consultation.status(clock.instant().atZone(Vietnam.ZONE).toLocalDate()), paragraphs, whole, changed,
                outcome(consultation)));
    }

    /** The visible comments of {@code target}, oldest first, paged. */
    public List<CommentView> comments(long itemId, Target target, int first, int max) {
        return query(itemId, target, "select m", DraftComment.class).map(q -> q.setFirstResult(Math.max(first, 0))
                        .setMaxResults(Math.min(Math.max(max, 1), 100)).getResultList().stream()
                        .map(CommentView::of).toList()).orElse(List.of());
    }

    public long count(long itemId, Target target) {
        return query(itemId, target, "select count(m)", Long.class).map(TypedQuery::getSingleResult).orElse(0L);
    }

    private <T> Optional<TypedQuery<T>> query(long itemId, Target target, String select, Class<T> type) {
        Optional<PublishedDraft> published = drafts.published(itemId);
        Optional<Consultation> found = consultations.ofItem(itemId);
        if (published.isEmpty() || found.isEmpty()) {
            return Optional.empty();
        }
        long consultationId = found.get().getId();
        StringBuilder jpql = new StringBuilder(select).append(" from DraftComment m where m.consultationId = :c"
                + " and m.state = :shown");
        List<int[]> pairs = new ArrayList<>();
        switch (target.kind()) {
            case WHOLE -> jpql.append(" and m.paragraph is null");
            case PARAGRAPH, CHANGED -> {
                for (Object[] group : groups(consultationId)) {
                    Optional<Integer> now = currentNumber(published.get(), (Integer) group[0], (Integer) group[1],
                            (String) group[2]);
                    boolean wanted = target.kind() == Target.Kind.CHANGED ? now.isEmpty()
                            : now.isPresent() && now.get() == target.paragraph();
                    if (wanted) {
                        pairs.add(new int[] {(Integer) group[0], (Integer) group[1]});
                    }
                }
                if (pairs.isEmpty()) {
                    return Optional.empty();
                }
                Set<String> each = new LinkedHashSet<>();
                for (int i = 0; i < pairs.size(); i++) {
                    each.add("(m.revisionNumber = :r" + i + " and m.paragraph = :p" + i + ")");
                }
                jpql.append(" and (").append(String.join(" or ", each)).append(')');
            }
        }
        if (type == DraftComment.class) {
            jpql.append(" order by m.createdAt, m.id");
        }
        TypedQuery<T> query = em().createQuery(jpql.toString(), type).setParameter("c", consultationId)
                .setParameter("shown", CommentState.VISIBLE);
        for (int i = 0; i < pairs.size(); i++) {
            query.setParameter("r" + i, pairs.get(i)[0]).setParameter("p" + i, pairs.get(i)[1]);
        }
        return Optional.of(query);
    }

    /** Visible comments on paragraphs, grouped by the version and paragraph they were made on (few groups). */
    private List<Object[]> groups(long consultationId) {
        return em().createQuery("select m.revisionNumber, m.paragraph, m.paragraphText, count(m) from DraftComment m"
                        + " where m.consultationId = :c and m.state = :shown and m.paragraph is not null"
                        + " group by m.revisionNumber, m.paragraph, m.paragraphText", Object[].class)
                .setParameter("c", consultationId).setParameter("shown", CommentState.VISIBLE).getResultList();
    }

    /** Where a paragraph commented on in {@code revision} is in the current version (same version: same number). */
    private static Optional<Integer> currentNumber(PublishedDraft draft, int revision, int paragraph, String text) {
        if (revision == draft.revision()) {
            return draft.paragraph(paragraph).map(DraftParagraphs.Paragraph::number);
        }
        return DraftParagraphs.find(text, draft.paragraphs()).map(DraftParagraphs.Paragraph::number);
    }

    private Outcome outcome(Consultation consultation) {
        if (consultation.getOutcomePublishedAt() == null) {
            return null;
        }
        Map<CommentDecision, Long> decisions = new EnumMap<>(CommentDecision.class);
        em().createQuery("select m.decision, count(m) from DraftComment m where m.consultationId = :c"
                        + " and m.decision is not null group by m.decision", Object[].class)
                .setParameter("c", consultation.getId()).getResultList()
                .forEach(r -> decisions.put((CommentDecision) r[0], (Long) r[1]));
        return new Outcome(consultation.getOutcomePublishedAt(), consultation.getOutcomeNote(), decisions);
    }

    private EntityManager em() {
        return entityManagers.forCurrentTenant();
    }
}
