package vn.cong.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.text.Normalizer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole platform on a real Payara Micro and a real MariaDB (through Connector/J), spoken to over HTTP as
 * portals, back-office clients and machine clients do. One deployment for all, to keep Payara boots few;
 * every test makes its own data, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    static final String VINHPHUC = "vinhphuc.localhost";
    static final String TAMDAO = "tamdao.vinhphuc.localhost";
    static final String DAOTRU = "daotru.tamdao.vinhphuc.localhost";
    static final String VINHTUONG = "vinhtuong.vinhphuc.localhost";

    /** The SMTP server the deployment e-mails to (arquillian.xml: cong.mail.host/port). */
    static final int SMTP_PORT = 3025;

    static GreenMail smtp;

    @ArquillianResource
    URL base;

    PortalClient client;
    ItemsApi items;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Deployment(testable = false)
    static WebArchive platform() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File("target/portal.war"))
                .as(WebArchive.class);
    }

    @BeforeEach
    void connect() {
        client = new PortalClient(base.getPort());
        items = new ItemsApi(client);
    }

    @Test
    void aBulkRequestWithAMissingIdIs422InBothLanguagesAndMovesNothing() {
        new HardeningChecks(client).aBulkRequestWithAMissingIdIs422InBothLanguagesAndMovesNothing();
    }

    @Test
    void queryStringsThatAreNotUtf8Get400WithTheVietnamesePageOnEveryRoute() {
        new HardeningChecks(client).queryStringsThatAreNotUtf8Get400WithTheVietnamesePageOnEveryRoute();
    }

    @Test
    void redirectsAndErrorPagesCarryTheSecurityHeaders() {
        new HardeningChecks(client).redirectsAndErrorPagesCarryTheSecurityHeaders();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        new HardeningChecks(client).theSessionCookieIsHttpOnlyAndSameSiteLax();
    }

    @Test
    void twoUnitsWithTheSameHostnameOrAdministratorAtOnceGetOne201AndOne409() {
        new ConcurrencyChecks(client).twoUnitsWithTheSameHostnameOrAdministratorAtOnceGetOne201AndOne409();
    }

    @Test
    void twoItemsWithTheSameTitleAtOnceEachGetASlugOrA409() {
        new ConcurrencyChecks(client).twoItemsWithTheSameTitleAtOnceEachGetASlugOrA409();
    }

    @Test
    void aCommuneLegalDocumentIsDueSevenWorkingDaysAfterSigningAndTheProvinceSeesItLate() {
        new ComplianceChecks(client).communeDocumentIsDueSevenWorkingDaysAfterSigningAndTheProvinceSeesItLate();
    }

    @Test
    void aMicUnitsRegisteredObligationsGetTheirDueDatesAndTheMinistrySeesThem() {
        new ComplianceChecks(client).micUnitRegistrationsGetTheirDueDatesAndTheMinistrySeesThem();
    }

    @Test
    void aSaveWhoseFieldsAreRefusedKeepsNothingOfItsText() {
        new ComplianceChecks(client).aSaveWhoseFieldsAreRefusedKeepsNothingOfItsText();
    }

    @Test
    void theMinistrysDailyNewsRuleIsEvaluatedPerWorkingDay() {
        new ComplianceChecks(client).theDailyNewsRuleIsEvaluatedForTheMinistry();
    }

    @Test
    void citizensSearchLegalDocumentsByNumberWordsAndStatus() {
        new ComplianceChecks(client).citizensSearchDocuments();
    }

    @Test
    void theRetentionPreviewListsAnExpiredDocumentThatARunThenArchives() {
        new ComplianceChecks(client).retentionPreviewsThenArchivesAnExpiredDocument();
    }

    @Test
    void revisionsAndTheirDiffAreReadThroughTheApiAndAnAmendmentStaysUnseenUntilRepublished() {
        new InboxAndRevisionChecks(client, smtp).revisionsAndTheirDiffAreReadThroughTheApiAndAnAmendmentStaysUnseenUntilRepublished();
    }

    @Test
    void aRejectionNotifiesTheAuthorInTheBackOfficeAndByEmail() throws Exception {
        new InboxAndRevisionChecks(client, smtp).aRejectionNotifiesTheAuthorInTheBackOfficeAndByEmail();
    }

    @Test
    void theSecretariatsInboxShowsDueTimesAndABulkTakeMovesEachItemOnItsOwn() {
        new InboxAndRevisionChecks(client, smtp).theSecretariatsInboxShowsDueTimesAndABulkTakeMovesEachItemOnItsOwn();
    }

    @Test
    void aQuestionSentWithoutScriptGetsItsCodeAndItsStatusOpensOnlyWithItsKeyOrPhone() throws Exception {
        new QuestionChecks(client, smtp).aQuestionSentWithoutScriptGetsItsCodeAndItsStatusOpensOnlyWithItsKeyOrPhone();
    }

    @Test
    void aQuestionsBadInputGetsVietnameseMessagesKeepsWhatWasTypedAndSavesNothing() {
        new QuestionChecks(client, smtp).badInputGetsVietnameseMessagesKeepsWhatWasTypedAndSavesNothing();
    }

    @Test
    void aQuestionFormWithoutItsCookieOrTokenIsRefusedAndItsTextKept() {
        new QuestionChecks(client, smtp).aFormWithoutItsCookieOrTokenIsRefusedAndItsTextKept();
    }

    @Test
    void withoutTheChallengeAnAddressSendsThreeQuestionsAnHourAndASolvedChallengeCountsOnce() throws Exception {
        new QuestionChecks(client, smtp).withoutTheChallengeAnAddressSendsThreeAnHourAndASolvedChallengeCountsOnce();
    }

    @Test
    void aRatingsBadInputGetsVietnameseMessagesSavesNothingAndAnAddressRatesOnce() {
        new SurveyChecks(client).aRatingsBadInputGetsVietnameseMessagesSavesNothingAndAnAddressRatesOnce();
    }

    @Test
    void concurrentQuestionsToOneUnitGetConsecutiveNumbers() throws Exception {
        new QuestionChecks(client, smtp).concurrentQuestionsToOneUnitGetConsecutiveNumbers();
    }

    @Test
    void aQuestionSentOnToTheDistrictIsAnsweredThereByItsResponderAndPublishedMasked() throws Exception {
        new QuestionDeskChecks(client, items, smtp)
                .aQuestionSentOnToTheDistrictIsAnsweredThereByItsResponderAndPublishedMasked();
    }

    @Test
    void aParagraphCommentStaysWithItsParagraphAcrossVersionsAndBadInputSavesNothing() {
        new ConsultationChecks(client, items)
                .aParagraphCommentStaysWithItsParagraphAcrossVersionsAndBadInputSavesNothing();
    }

    @Test
    void aCommentOutsideItsPeriodIsRefusedAndTheThirdReporterHidesOne() {
        new ConsultationChecks(client, items).aCommentOutsideItsPeriodIsRefusedAndTheThirdReporterHidesOne();
    }

    @Test
    void anAbusiveQuestionIsDroppedByTheHeadAndADuplicateMergedBothToldOnTheStatusPage() {
        new QuestionDeskChecks(client, items, smtp)
                .anAbusiveQuestionIsDroppedByTheHeadAndADuplicateMergedBothToldOnTheStatusPage();
    }

    @Test
    void publishingRecordsRoyaltyLinesForTheAuthorAndTheSecretaryWhoEditedIt() {
        new RoyaltyChecks(client).publishingRecordsRoyaltyLinesForTheAuthorAndTheSecretaryWhoEditedIt();
    }

    @Test
    void theSecretariatSubmitsTheMonthTheHeadApprovesItAndTheXlsxHoldsItsTotals() throws Exception {
        new RoyaltyChecks(client).theSecretariatSubmitsTheMonthTheHeadApprovesItAndTheXlsxHoldsItsTotals();
    }

    @Test
    void royaltySheetsAreTheBoardsAndTheDicAdministratorOnlyReadsThem() {
        new RoyaltyChecks(client).royaltySheetsAreTheBoardsAndTheDicAdministratorOnlyReadsThem();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWith423AndRetryAfterEvenForTheRightPassword() {
        new AccountSecurityChecks(client).repeatedWrongPasswordsLockTheAccountWith423AndRetryAfterEvenForTheRightPassword();
    }

    @Test
    void aDeactivatedAccountsTokenIsRefusedAtOnceAndItsHistoryStays() {
        new AccountSecurityChecks(client).aDeactivatedAccountsTokenIsRefusedAtOnceAndItsHistoryStays();
    }

    @Test
    void theSecretariatNeedsASecondFactorOnTheApiAndEachCodeWorksOnce() {
        new AccountSecurityChecks(client).theSecretariatNeedsASecondFactorOnTheApiAndEachCodeWorksOnce();
    }

    @Test
    void theBackOfficeLoginFormNeedsItsViewStateAndItsCookieOpensNoApi() {
        new AccountSecurityChecks(client).theBackOfficeLoginFormNeedsItsViewStateAndItsCookieOpensNoApi();
    }

    @Test
    void theBoardsChainEndsOnThePublicPageAtTheScheduledTime() {
        new BoardWorkflowChecks(client).theBoardsChainEndsOnThePublicPageAtTheScheduledTime();
    }

    @Test
    void forbiddenActorsGet403IllegalMovesGet409WithTheReasonBadParametersGet422() {
        new BoardWorkflowChecks(client).forbiddenActorsGet403IllegalMovesGet409WithTheReasonBadParametersGet422();
    }

    @Test
    void quotedContentWithoutSourceAuthorAndPermissionIsRefused() {
        new BoardWorkflowChecks(client).quotedContentWithoutSourceAuthorAndPermissionIsRefused();
    }

    @Test
    void unpublishedItemsAnswer410Or301ToTheirReplacementOrAWithdrawalNotice() {
        new BoardWorkflowChecks(client).unpublishedItemsAnswer410Or301ToTheirReplacementOrAWithdrawalNotice();
    }

    @Test
    void aForcePublishedItemIsNotYetReviewedUntilAnotherBoardMemberReviewsIt() {
        new BoardWorkflowChecks(client).aForcePublishedItemIsNotYetReviewedUntilAnotherBoardMemberReviewsIt();
    }

    @Test
    void everyMoveIsAuditedWithActorAddressAndWhatChanged() {
        new BoardWorkflowChecks(client).everyMoveIsAuditedWithActorAddressAndWhatChanged();
    }

    @Test
    void theWorkingCalendarIsPublicAndAppliesTheOfficialSchedule() {
        new CalendarAndCatalogChecks(client).theWorkingCalendarIsPublicAndAppliesTheOfficialSchedule();
    }

    @Test
    void calendarRefusalsAreExplainedInTheCallersLanguageNeverWithAStackTrace() {
        new CalendarAndCatalogChecks(client).calendarRefusalsAreExplainedInTheCallersLanguageNeverWithAStackTrace();
    }

    @Test
    void aCommunePublishesItsCatalogOfPublishedInformationGeneratedFromItsCatalog() {
        new CalendarAndCatalogChecks(client).aCommunePublishesItsCatalogOfPublishedInformationGeneratedFromItsCatalog();
    }

    @Test
    void theEnglishChannelShowsTheCatalogOfPublishedInformationInEnglish() {
        new CalendarAndCatalogChecks(client).theEnglishChannelShowsTheCatalogOfPublishedInformationInEnglish();
    }

    @Test
    void healthIncludesTheDatabase() {
        PortalClient.Reply health = client.get(VINHPHUC, "/health", null);
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("database"), health.body());
    }

    @Test
    void theApiIsDescribedAtOpenapi() {
        PortalClient.Reply openapi = client.get(VINHPHUC, "/openapi", null);
        assertEquals(200, openapi.status(), "payara/Payara#7649 turned this into a 500 once");
        assertTrue(openapi.body().contains("/api/v1/items/{id}/transitions"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/reports/monthly"), openapi.body());
    }

    @Test
    void anUnknownHostGetsAVietnamese404() {
        PortalClient.Reply reply = client.get("khongco.localhost", "/", null);
        assertEquals(404, reply.status());
        assertTrue(reply.body().contains("Không tìm thấy cổng thông tin"), reply.body());
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        PortalClient.Reply reply = client.post(VINHPHUC, "/api/v1/auth/token", null,
                "{\"username\":\"bientap.daotru\",\"password\":\"sai-mat-khau-1\"}");
        assertEquals(401, reply.status());
        assertEquals("Tên đăng nhập hoặc mật khẩu không đúng.", reply.json().getString("message"));
    }

    @Test
    void anItemGoesThroughTheWorkflowWithTheSameRulesAsTheBackOffice() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        String title = "Đạo Trù khánh thành nhà văn hóa thôn — ỗ ữ ặ " + System.nanoTime();
        long id = items.createItem(editor, Normalizer.normalize(title, Normalizer.Form.NFD));
        JsonObject created = client.get(DAOTRU, "/api/v1/items/" + id, editor).json();
        assertEquals(title, created.getString("title"), "stored NFC");

        assertEquals(200, items.transition(editor, id, "SUBMIT").status());
        PortalClient.Reply ownTake = items.transition(editor, id, "TAKE");
        assertEquals(403, ownTake.status(), ownTake.body());
        assertEquals(200, items.transition(secretariat, id, "TAKE").status());
        assertEquals(200, items.transition(secretariat, id, "APPROVE").status());
        assertEquals(200, items.transition(secretariat, id, "PUBLISH").status());
        PortalClient.Reply again = items.transition(secretariat, id, "PUBLISH");
        assertEquals(409, again.status());
        assertTrue(again.json().getString("message").contains("PUBLISHED"));

        String page = client.get(DAOTRU, "/bai-viet/" + client.get(DAOTRU, "/api/v1/items/" + id, editor)
                .json().getString("slug"), null).body();
        assertTrue(page.contains(title), "the commune's public page shows it");
        assertFalse(client.get(VINHTUONG, "/", null).body().contains(title), "another unit's portal does not");
    }

    @Test
    void aRejectionNeedsAReasonFromTheRegulationsList() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        String secretariat = client.token(DAOTRU, "thuky.daotru");
        long id = items.createItem(editor, "Tin cần xác minh " + System.nanoTime());
        items.transition(editor, id, "SUBMIT");
        assertEquals(422, items.transition(secretariat, id, "REJECT").status());
        PortalClient.Reply rejected = client.post(DAOTRU, "/api/v1/items/" + id + "/transitions", secretariat,
                "{\"action\":\"REJECT\",\"reason\":\"UNKNOWN_SOURCE\",\"note\":\"Bổ sung nguồn tin\"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("state"));
        assertEquals("Bổ sung nguồn tin", rejected.json().getString("rejectionNote"));
    }

    @Test
    void invalidItemsAreRefusedWithFieldMessages() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        PortalClient.Reply reply = client.post(DAOTRU, "/api/v1/items", editor, "{\"title\":\"\",\"body\":\"\"}");
        assertEquals(422, reply.status(), reply.body());
        assertTrue(reply.json().getString("message").contains("Tiêu đề không được để trống."), reply.body());
        assertEquals(400, client.post(DAOTRU, "/api/v1/items", editor, "{not json").status());
    }

    @Test
    void aMemberOfAnotherUnitGets403HereAnd404ForThisUnitsItemsThere() {
        String editor = client.token(DAOTRU, "bientap.daotru");
        long id = items.createItem(editor, "Tin nội bộ Đạo Trù " + System.nanoTime());
        String outsider = client.token(VINHTUONG, "bientap.vinhtuong");
        assertEquals(403, client.get(DAOTRU, "/api/v1/items/" + id, outsider).status());
        assertEquals(404, client.get(VINHTUONG, "/api/v1/items/" + id, outsider).status());
        assertEquals(401, client.get(DAOTRU, "/api/v1/items/" + id, null).status());
    }

    @Test
    void theDicAdministratorOpensACommunePortalThatAnswersAtOnce() {
        new ProvisioningAndReportChecks(client).theDicAdministratorOpensACommunePortalThatAnswersAtOnce();
    }

    @Test
    void twoCommunesMergedByADecisionLeaveNoAddressBehind() {
        new ReorganisationChecks(client).twoCommunesMergedByADecisionLeaveNoAddressBehind();
    }

    @Test
    void aCommuneMovedUnderTheProvinceAndRenamedKeepsEveryOldAddress() {
        new ReorganisationChecks(client).aCommuneMovedUnderTheProvinceAndRenamedKeepsEveryOldAddress();
    }

    @Test
    void aDistrictRenamedTakesItsCommunesAlongAndAStoppedPortalAnswers410() {
        new ReorganisationChecks(client).aDistrictRenamedTakesItsCommunesAlongAndAStoppedPortalAnswers410();
    }

    @Test
    void aUnitMergedAsAnArchiveStaysReadableWithANoticeLeadingToTheSuccessor() {
        new ReorganisationChecks(client).aUnitMergedAsAnArchiveStaysReadableWithANoticeLeadingToTheSuccessor();
    }

    @Test
    void aUnitSharedOutAmongTwoListsThemAndItsArticleLeadsToTheFirst() {
        new ReorganisationChecks(client).aUnitSharedOutAmongTwoListsThemAndItsArticleLeadsToTheFirst();
    }

    @Test
    void theReformOfTuyenQuangLeadsEveryOldHostnameToItsNewUnit() {
        new ReformChecks(client).theReformOfTuyenQuangLeadsEveryOldHostnameToItsNewUnit();
    }

    @Test
    void aCommuneRetiredIntoTheDistrictLeadsToTheDistrictsPortal() {
        new ReorganisationChecks(client).aCommuneRetiredIntoTheDistrictLeadsToTheDistrictsPortal();
    }

    @Test
    void anInvitedAdministratorChoosesAPasswordThroughTheMailedOneTimeLink() throws Exception {
        new InvitationChecks(client, smtp).anInvitedAdministratorChoosesAPasswordThroughTheMailedOneTimeLink();
    }

    @Test
    void aUnitOfTheOfficialListCarriesItsCodeWhichNoOtherActiveUnitMayTake() {
        new ProvisioningAndReportChecks(client).aUnitOfTheOfficialListCarriesItsCodeWhichNoOtherActiveUnitMayTake();
    }

    @Test
    void aDicAdministratorImportsTheProvinceFromTheOfficialListAndARerunCreatesNothing() throws Exception {
        new ProvisioningAndReportChecks(client)
                .aDicAdministratorImportsTheProvinceFromTheOfficialListAndARerunCreatesNothing();
    }

    @Test
    void theOperatorImportsProvincesAtTheTopOfTheTree() {
        new ProvisioningAndReportChecks(client).theOperatorImportsProvincesAtTheTopOfTheTree();
    }

    @Test
    void provisioningRefusalsAreExplainedInVietnameseAndEnglish() {
        new ProvisioningAndReportChecks(client).provisioningRefusalsAreExplainedInVietnameseAndEnglish();
    }

    @Test
    void theMonthlyReportRollsTheCommuneUpTheTree() {
        new ProvisioningAndReportChecks(client).theMonthlyReportRollsTheCommuneUpTheTree();
    }

    @Test
    void citizenPagesAreServedFromTheEdgeCacheUntilTheUnitPublishesAgain() {
        client.get(DAOTRU, "/", null);
        PortalClient.Reply cached = client.get(DAOTRU, "/", null);
        assertEquals("EDGE", cached.header("X-Cache").orElse(null),
                "a repeated anonymous GET is answered before the servlets");
        assertTrue(cached.header("Content-Security-Policy").orElse("").contains("frame-ancestors"),
                "with the page's headers");
        assertEquals(304, client.get(DAOTRU, "/", "If-None-Match", cached.header("ETag").orElseThrow()).status());
        assertTrue(client.get(DAOTRU, "/", "Cookie", "JSESSIONID=abc").header("X-Cache").isEmpty(),
                "someone with a session is never served a shared page");

        String editor = client.token(DAOTRU, "bientap.daotru");
        String title = "Tin mới sau bộ đệm " + System.nanoTime();
        long id = items.createItem(editor, title);
        items.publishThroughTheBoard(editor, id);

        PortalClient.Reply fresh = client.get(DAOTRU, "/", null);
        assertEquals("MISS", fresh.header("X-Cache").orElse(null), "publishing dropped the unit's pages");
        assertTrue(fresh.body().contains(title), "the home page shows the new item at once");
        assertEquals("EDGE", client.get(DAOTRU, "/", null).header("X-Cache").orElse(null));
    }

}
