package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;

/**
 * The public Q&amp;A list of the current portal (VP Art. 9.1a, ND Art. 9.5): published answers, newest first, searched
 * by words without diacritics ("lich tiep dan" finds "Lịch tiếp dân") in the question and its answer, paged. The asker
 * shows masked ({@link PublicQuestion}): nothing here reads an identity field whole.
 */
@ApplicationScoped
@Transactional
public class PublishedQuestions {

    /** Words of a search beyond this many are ignored: each is a LIKE over the unit's published questions. */
    static final int MAX_WORDS = 8;

    @Inject
    TenantBoundEntityManager entityManagers;

    public List<PublicQuestion> page(String words, int first, int max) {
        return query(words, "select q", Question.class).setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.min(Math.max(max, 1), 100)).getResultList().stream()
                .map(PublicQuestion::of).toList();
    }

    public long count(String words) {
        return query(words, "select count(q)", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String words, String select, Class<T> type) {
        List<String> folded = VietnameseText.foldedWords(words).stream().filter(w -> !w.isBlank())
                .limit(MAX_WORDS).toList();
        StringBuilder jpql = new StringBuilder(select).append(" from Question q where q.state = :published");
        for (int i = 0; i < folded.size(); i++) {
            jpql.append(" and q.searchText like :w").append(i).append(" escape '!'");
        }
        if (type == Question.class) {
            jpql.append(" order by q.publishedAt desc, q.id desc");
        }
        TypedQuery<T> query = entityManagers.forCurrentTenant().createQuery(jpql.toString(), type)
                .setParameter("published", QuestionState.PUBLISHED);
        for (int i = 0; i < folded.size(); i++) {
            query.setParameter("w" + i, VietnameseText.containsPattern(folded.get(i)));
        }
        return query;
    }
}
