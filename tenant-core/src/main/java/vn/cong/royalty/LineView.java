package vn.cong.royalty;

import java.math.BigDecimal;
import java.time.Instant;

/** A ledger line as screens and the API show it. */
public record LineView(long id, String origin, Long itemId, String itemTitle, String contentType, String kind,
                       String personKey, String personName, BigDecimal coefficient, BigDecimal baseValue,
                       int shareCount, BigDecimal amount, Instant earnedAt, String note) {

    static LineView of(RoyaltyLine line) {
        return new LineView(line.getId(), line.getOrigin().name(), line.getItemId(), line.getItemTitle(),
                line.getContentType() == null ? null : line.getContentType().name(),
                line.getKind() == null ? null : line.getKind().name(), line.getPersonKey(), line.getPersonName(),
                line.getCoefficient(), line.getBaseValue(), line.getShareCount(), line.getAmount(), line.getEarnedAt(),
                line.getNote());
    }

    public boolean isAdjustment() {
        return RoyaltyLine.Origin.ADJUSTMENT.name().equals(origin);
    }
}
