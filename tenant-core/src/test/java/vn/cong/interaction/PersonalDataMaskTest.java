package vn.cong.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void enoughToRecogniseNeverEnoughToReach() {
        assertEquals("0987••••21", PersonalDataMask.phone("0987 654 321"));
        assertEquals("8498•••••21", PersonalDataMask.phone("+84 987 654 321"));
        assertEquals("•••••", PersonalDataMask.phone("12345"));
        assertEquals("•••••••••321", PersonalDataMask.idNumber("026085004321"));
        assertEquals("••••", PersonalDataMask.idNumber("AB12"));
        assertEquals("b•••@example.vn", PersonalDataMask.email("binh.tran@example.vn"));
        assertEquals("•••", PersonalDataMask.email("not-an-address"));
        assertEquals("•••, xã Đạo Trù", PersonalDataMask.address("Thôn Đồng Giang, xã Đạo Trù"));
        assertEquals("•••", PersonalDataMask.address("Đạo Trù"));
        assertNull(PersonalDataMask.phone(null));
    }

    @Test
    void aNameShowsItsGivenNameAfterTheInitialsOfTheOthers() {
        assertEquals("T. V. Bình", PersonalDataMask.name("Trần Văn Bình"));
        assertEquals("Đ. T. M. Hạnh", PersonalDataMask.name(" Đỗ  Thị Mỹ Hạnh "));
        assertEquals("Bình", PersonalDataMask.name("Bình"));
        assertEquals(Question.ERASED, PersonalDataMask.name(Question.ERASED));
    }
}
