package vn.cong.platform;

import java.time.ZoneId;

/** Vietnam's time zone (UTC+7, no daylight saving): the one the regulations' days, months and deadlines are in. */
public final class Vietnam {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private Vietnam() {
    }
}
