package vn.cong.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void anAccountNameIsComparedStrippedAndInLowerCase() {
        assertEquals("bientap.daotru", Credentials.accountKey("  BienTap.DaoTru "));
        assertEquals("", Credentials.accountKey(null));
    }

    @Test
    void aNameLongerThanAnyAccountsHasNoKeySoOnlyTheAddressCountsItsFailure() {
        assertEquals("a".repeat(Account.MAX_USERNAME), Credentials.accountKey("a".repeat(Account.MAX_USERNAME)));
        assertEquals("", Credentials.accountKey("a".repeat(Account.MAX_USERNAME + 1)));
    }
}
