package vn.cong.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.platform.TenantBoundEntityManager;

/**
 * The retention rule of askers' identities (MIC Art. 3.4; Decree 13/2023 on personal data: kept no longer than the
 * purpose needs): {@code cong.interaction.identity-retention-days} (default 730) after a question is closed — its
 * answer published, sent on, dropped or merged — its asker's name, nationality, ID number, address, phone and e-mail
 * are erased; the question, its answer and an organisation's name stay, so the public Q&amp;A list is unchanged. One
 * set-based statement over every unit (the explicit cross-tenant door), never a loop over units; a question answered
 * but never published is not closed and keeps its asker until it is.
 */
@ApplicationScoped
public class IdentityErasure {

    /** The statement: ?1 the erased name, ?2 now, ?3 the moment before which closed questions lose their asker. */
    public static final String SQL = "UPDATE question SET asker_name = ?1, asker_nationality = NULL,"
            + " asker_id_number = NULL, asker_address = NULL, asker_phone = NULL, asker_email = NULL,"
            + " identity_erased_at = ?2 WHERE identity_erased_at IS NULL AND closed_at < ?3";

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cong.interaction.identity-retention-days", defaultValue = "730")
    int retentionDays;

    /** Erases what is due now; returns how many askers were erased. */
    @Transactional
    public int eraseDue() {
        Instant now = clock.instant();
        return entityManagers.crossTenantSql(SQL, Question.ERASED, java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now.minus(Duration.ofDays(retentionDays)))).executeUpdate();
    }
}
