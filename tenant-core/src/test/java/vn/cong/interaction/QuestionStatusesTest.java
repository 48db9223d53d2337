package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionStatusesTest {

    @Test
    void aPhoneIsComparedAsTheDigitsPeopleWriteIt() {
        assertEquals("0912345678", QuestionStatuses.digits("0912 345 678"));
        assertEquals("0912345678", QuestionStatuses.digits("+84 912 345 678"));
        assertEquals("0912345678", QuestionStatuses.digits("091.234.5678"));
        assertEquals("84912345678", QuestionStatuses.digits("84912345678"), "without + it is not the country code");
        assertEquals("", QuestionStatuses.digits(null));
    }
}
