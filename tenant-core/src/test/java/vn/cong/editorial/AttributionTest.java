package vn.cong.editorial;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

/** Quoted content names source, author and permission (MIC Art. 9.3, BNV Art. 3.5); everything has a source line. */
class AttributionTest {

    @Test
    void quotedContentWithoutSourceAuthorOrPermissionIsRefusedWith422() {
        for (Attribution incomplete : new Attribution[] {
            new Attribution(true, null, "Thu Hà", "123/UBND-VX"),
            new Attribution(true, "Báo Vĩnh Phúc", " ", "123/UBND-VX"),
            new Attribution(true, "Báo Vĩnh Phúc", "Thu Hà", null)}) {
            DomainException refusal = assertThrows(DomainException.class, incomplete::requireComplete);
            assertEquals(422, refusal.status());
            assertEquals("item.attribution.incomplete", refusal.messageKey());
        }
        assertDoesNotThrow(() -> new Attribution(true, "Báo Vĩnh Phúc", "Thu Hà", "123/UBND-VX").requireComplete());
    }

    @Test
    void theUnitsOwnContentNeedsNoPermissionAndIsSourcedToTheUnit() {
        Attribution own = new Attribution(false, null, null, null).requireComplete();
        assertEquals("UBND xã Đạo Trù", own.sourceOr("UBND xã Đạo Trù"));
        assertEquals("Báo Vĩnh Phúc", new Attribution(false, "Báo Vĩnh Phúc", null, null).sourceOr("UBND"));
    }

    @Test
    void theMessageIsVietnameseFirstAndEnglishOnTheEnglishChannel() {
        DomainException refusal = assertThrows(DomainException.class,
                () -> new Attribution(true, null, null, null).requireComplete());
        assertEquals("Nội dung trích dẫn, sử dụng lại phải ghi đủ nguồn, tác giả và số văn bản cho phép của nguồn tin.",
                refusal.localizedMessage("vi"));
        assertEquals("Quoted or re-used content must name its source, its author and the source's written permission.",
                refusal.localizedMessage("en"));
    }
}
