package vn.cong.interaction.survey;

import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × unit relation × every decision on surveys, written out independently of {@link SurveyPolicy}. */
class SurveyPolicyTest {

    @Test
    void theSecretariatAndTheHeadsBuildTheSurveysOfTheirOwnUnitOnly() {
        for (UnitLevel level : new UnitLevel[] {UnitLevel.COMMUNE, UnitLevel.PROVINCE}) {
            assertMatrix("build", Map.of(Role.SECRETARIAT, OWN, Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN), level,
                    SurveyPolicy::mayBuild);
        }
    }

    @Test
    void onlyTheyReadTheFreeTextAnswersNeitherEditorsNorMembersNorAdministratorsNorTheDicOrTheOperator() {
        assertMatrix("read free text", Map.of(Role.SECRETARIAT, OWN, Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN),
                UnitLevel.COMMUNE, SurveyPolicy::mayReadFreeText);
    }
}
