package vn.cong.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.cong.platform.DomainException;

class PasswordPolicyTest {

    private static String refusal(String username, String password) {
        return assertThrows(DomainException.class, () -> PasswordPolicy.requireAcceptable(username, password))
                .messageKey();
    }

    @Test
    void elevenCharactersAreTooShortAndTwelveAreEnough() {
        assertEquals("password.too-short", refusal("bientap.daotru", "Xk9#mQ2$vL7"));
        assertDoesNotThrow(() -> PasswordPolicy.requireAcceptable("bientap.daotru", "Xk9#mQ2$vL7!"));
        assertEquals("password.too-short", refusal("x", null));
    }

    @Test
    void aVietnamesePassphraseIsAcceptedAndItsLettersCountOnceEvenWhenDecomposed() {
        assertDoesNotThrow(() -> PasswordPolicy.requireAcceptable("thuky.daotru", "Đồng lúa chín vàng ươm"));
        String twelveLetters = "ẵẵẵẵẵẵẵẵẵẵẵ"; // 11 letters
        String decomposed = Normalizer.normalize(twelveLetters, Normalizer.Form.NFD);
        assertTrue(decomposed.length() > 12, "NFD has more code units");
        assertEquals("password.too-short", refusal("a", decomposed));
    }

    @Test
    void thePasswordMayNotBeOrContainTheUsername() {
        assertEquals("password.contains-username", refusal("bientap.daotru", "bientap.daotru"));
        assertEquals("password.contains-username", refusal("bientap.daotru", "BIENTAP.DAOTRU-2026"));
    }

    @Test
    void commonAndLeakedPasswordsAreRefusedWhateverTheirCase() {
        assertEquals("password.common", refusal("x", "123456789012"));
        assertEquals("password.common", refusal("x", "MatKhau@123456"));
        assertEquals("password.common", refusal("x", "anh yeu em 123456"));
        assertEquals("password.common", refusal("x", "Password1234"));
    }

    @Test
    void overlongPasswordsAreRefusedBeforeTheyCostAHash() {
        assertEquals("password.too-long", refusal("x", "a".repeat(129)));
    }

    @Test
    void theDemoPasswordPassesThePolicy() {
        assertDoesNotThrow(() -> PasswordPolicy.requireAcceptable("truongban.daotru", "Cong@2026demo"));
    }

    @Test
    void hashesMadeWithOtherParametersAreMarkedForRehash() {
        String salt = java.util.Base64.getEncoder().encodeToString(new byte[16]);
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertFalse(PasswordService.needsRehash("PBKDF2WithHmacSHA512:210000:" + salt + ":" + key));
        assertTrue(PasswordService.needsRehash("PBKDF2WithHmacSHA512:100000:" + salt + ":" + key));
        assertTrue(PasswordService.needsRehash("PBKDF2WithHmacSHA256:210000:" + salt + ":" + key));
        assertTrue(PasswordService.needsRehash("PBKDF2WithHmacSHA512:210000:" + salt + ":"
                + java.util.Base64.getEncoder().encodeToString(new byte[64])));
        assertTrue(PasswordService.needsRehash("garbage"));
    }
}
