package vn.cong.retention;

import java.time.LocalDate;

/** A published item that the next run will archive, and why: its category's retention and the day it became due. */
public record RetentionCandidate(long itemId, String title, String slug, long categoryId, String categoryCode,
                                 String categoryName, LocalDate publishedOn, LocalDate expiredOn,
                                 LocalDate removableFrom, String retention, String retentionInWords) {
}
