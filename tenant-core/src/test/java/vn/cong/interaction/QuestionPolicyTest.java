package vn.cong.interaction;

import static vn.cong.identity.PermissionMatrix.OWN;
import static vn.cong.identity.PermissionMatrix.assertMatrix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cong.identity.Role;
import vn.cong.tenancy.UnitLevel;

/** Role × unit relation × every action on questions, written out independently of {@link QuestionPolicy}. */
class QuestionPolicyTest {

    @Test
    void theBoardAndTheRespondersSeeTheDeskOfTheirOwnUnitOnly() {
        assertMatrix("see the desk", Map.of(Role.SECRETARIAT, OWN, Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN,
                Role.QA_RESPONDER, OWN), UnitLevel.COMMUNE, QuestionPolicy::maySeeDesk);
    }

    @Test
    void theSecretariatAndTheHeadsSeeEveryQuestionOfTheDesk() {
        assertMatrix("sort questions", Map.of(Role.SECRETARIAT, OWN, Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN),
                UnitLevel.COMMUNE, QuestionPolicy::sortsQuestions);
    }

    @Test
    void theSecretariatAndTheHeadsRouteTransferMergeAndPublish() {
        Map<Role, java.util.Set<vn.cong.identity.ActorsByRelation.Relation>> sorters = Map.of(Role.SECRETARIAT, OWN,
                Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN);
        for (QuestionAction action : new QuestionAction[] {QuestionAction.ROUTE, QuestionAction.TRANSFER,
            QuestionAction.MERGE, QuestionAction.PUBLISH}) {
            assertMatrix(action.name(), sorters, UnitLevel.COMMUNE, actor -> QuestionPolicy.can(actor, action));
        }
    }

    @Test
    void onlyTheHeadOrTheAuthorisedResponderAnswersAsNdArticle9Point4Says() {
        assertMatrix("answer", Map.of(Role.HEAD, OWN, Role.QA_RESPONDER, OWN), UnitLevel.DISTRICT,
                actor -> QuestionPolicy.can(actor, QuestionAction.ANSWER));
    }

    @Test
    void theHeadsDropAbusiveQuestions() {
        assertMatrix("drop", Map.of(Role.HEAD, OWN, Role.DEPUTY_HEAD, OWN), UnitLevel.COMMUNE,
                actor -> QuestionPolicy.can(actor, QuestionAction.DROP));
    }

    @Test
    void theHeadAndTheResponderOpenTheAskersData() {
        assertMatrix("open identity", Map.of(Role.HEAD, OWN, Role.QA_RESPONDER, OWN), UnitLevel.COMMUNE,
                QuestionPolicy::mayOpenIdentity);
    }
}
