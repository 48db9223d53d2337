package vn.cong.portal.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicRouteTest {

    @Test
    void citizenAddressesMapToTheirViews() {
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.HOME, null)), PublicRoute.parse("/"));
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.CATEGORY, "tin-tuc")),
                PublicRoute.parse("/chuyen-muc/tin-tuc"));
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.ARTICLE, "dao-tru-thu-hoach-che")),
                PublicRoute.parse("/bai-viet/dao-tru-thu-hoach-che/"));
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.CATEGORY, "gioi-thieu")), PublicRoute.parse("/gioi-thieu"));
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.QUESTION_FORM, null)),
                PublicRoute.parse("/hoi-dap/dat-cau-hoi"));
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.QUESTION_STATUS, null)),
                PublicRoute.parse("/hoi-dap/tra-cuu/"));
        assertTrue(PublicRoute.parse("/hoi-dap/khac").isEmpty());
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.CATEGORY, "hoi-dap")), PublicRoute.parse("/hoi-dap"),
                "the published answers");
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.CONSULTATION, "du-thao-quy-che")),
                PublicRoute.parse("/lay-y-kien/du-thao-quy-che/"));
        assertTrue(PublicRoute.parse("/lay-y-kien/Khong_Hop_Le").isEmpty());
    }

    @Test
    void theCatalogOfPublishedInformationHasOneAddressReachedFromTheMenuToo() {
        PublicRoute catalog = new PublicRoute(PublicRoute.Kind.INFORMATION_CATALOG, null);
        assertEquals(Optional.of(catalog), PublicRoute.parse("/danh-muc-thong-tin"));
        assertEquals(Optional.of(catalog), PublicRoute.parse("/danh-muc-thong-tin/"));
        assertEquals(Optional.of(catalog), PublicRoute.parse("/chuyen-muc/danh-muc-thong-tin"));
        assertEquals("/danh-muc-thong-tin", PublicRoute.categoryPath("danh-muc-thong-tin"));
        assertEquals("/chuyen-muc/van-ban", PublicRoute.categoryPath("van-ban"));
    }

    @Test
    void surveysAndThePortalsRatingHaveTheirAddresses() {
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.SURVEYS, null)), PublicRoute.parse("/khao-sat"));
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.SURVEY, "1234")), PublicRoute.parse("/khao-sat/1234/"));
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.SURVEY_RESULTS, "1234")),
                PublicRoute.parse("/khao-sat/1234/ket-qua"));
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.RATING, null)), PublicRoute.parse("/danh-gia"));
        assertEquals(Optional.of(new PublicRoute(PublicRoute.Kind.RATING_RESULTS, null)),
                PublicRoute.parse("/danh-gia/ket-qua/"));
        assertEquals(new PublicRoute(PublicRoute.Kind.SURVEY, "1").view(), new PublicRoute(PublicRoute.Kind.RATING, null)
                .view(), "one form for both");
        assertEquals("/khao-sat/7/ket-qua", PublicRoute.surveyResultsPath(7));
        assertTrue(PublicRoute.parse("/khao-sat/0").isEmpty());
        assertTrue(PublicRoute.parse("/khao-sat/-1").isEmpty());
        assertTrue(PublicRoute.parse("/khao-sat/99999999999999999999").isEmpty(), "beyond an id: no page, no failure");
        assertTrue(PublicRoute.parse("/khao-sat/abc").isEmpty());
    }

    @Test
    void everythingElseIsLeftAlone() {
        assertTrue(PublicRoute.parse("/admin/index.xhtml").isEmpty());
        assertTrue(PublicRoute.parse("/api/v1/items").isEmpty());
        assertTrue(PublicRoute.parse("/bai-viet/../WEB-INF/web.xml").isEmpty());
        assertTrue(PublicRoute.parse("/chuyen-muc/Tin Tuc").isEmpty());
    }

    @Test
    void pageNumbersAreForgiving() {
        assertEquals(1, CategoryPage.parsePage(null));
        assertEquals(1, CategoryPage.parsePage("abc"));
        assertEquals(1, CategoryPage.parsePage("-3"));
        assertEquals(4, CategoryPage.parsePage("4"));
    }
}
