package vn.cong.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AesGcmTest {

    private static final String KEY = "Y29uZy1kZXYtb25seS1wZXJzb25hbC1kYXRhLWtleSE=";
    private static final String OTHER = "Y29uZy1kZXYtb25seS10b3RwLWtleS0zMi1ieXRlcyE=";

    @Test
    void theSameTextSealsDifferentlyEachTimeAndOpensBack() {
        AesGcm cipher = new AesGcm(KEY, "k");
        String first = cipher.seal("0912 345 678");
        String second = cipher.seal("0912 345 678");
        assertNotEquals(first, second);
        assertTrue(first.startsWith("v1:") && !first.contains("0912"));
        assertEquals("0912 345 678", cipher.open(first));
        assertEquals("Nguyễn Văn Ảnh", cipher.open(cipher.seal("Nguyễn Văn Ảnh")));
    }

    @Test
    void aValueOfAnotherKeyOrChangedByHandDoesNotOpen() {
        String sealed = new AesGcm(KEY, "k").seal("036090001234");
        assertThrows(IllegalStateException.class, () -> new AesGcm(OTHER, "k").open(sealed));
        char[] chars = sealed.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        assertThrows(IllegalStateException.class, () -> new AesGcm(KEY, "k").open(new String(chars)));
        assertThrows(IllegalStateException.class, () -> new AesGcm("c2hvcnQ=", "k"), "a key of 5 bytes");
    }
}
