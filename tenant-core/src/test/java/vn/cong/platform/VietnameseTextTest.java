package vn.cong.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void decomposedInputIsStoredComposed() {
        String decomposed = Normalizer.normalize("Đạo Trù tổ chức Lễ hội", Normalizer.Form.NFD);
        assertNotEquals("Đạo Trù tổ chức Lễ hội", decomposed);
        assertEquals("Đạo Trù tổ chức Lễ hội", VietnameseText.nfc(decomposed));
    }

    @Test
    void foldingRemovesTonesAndTheBarOfD() {
        assertEquals("dao tru", VietnameseText.fold("Đạo Trù"));
        assertEquals("hoang phu", VietnameseText.fold("Hoằng Phụ"));
    }

    @Test
    void slugIsReadableAsciiAndBounded() {
        assertEquals("dao-tru-to-chuc-le-hoi-xuan-2026", VietnameseText.slug("Đạo Trù tổ chức Lễ hội Xuân 2026!", 120));
        assertEquals("dao-tru", VietnameseText.slug("Đạo Trù tổ chức", 10));
        assertEquals("bai-viet", VietnameseText.slug("—", 10));
    }
}
