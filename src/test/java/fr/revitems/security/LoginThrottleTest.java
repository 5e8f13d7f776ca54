package fr.revitems.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-04-24T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void anAccountMayFailFourTimesAndStillTry() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            throttle.failed("camille", "10.0.0.1");
        }
        assertEquals(Duration.ZERO, throttle.waitBeforeNextAttempt("camille", "10.0.0.1"));
    }

    @Test
    void theFifthFailureLocksTheAccountForTheWindowWhateverTheAddress() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            throttle.failed("camille", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        // the first failure was 5 minutes ago: it leaves the 15-minute window in 10 minutes
        assertEquals(Duration.ofMinutes(10), throttle.waitBeforeNextAttempt("Camille", "192.168.1.1"));
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Duration.ZERO, throttle.waitBeforeNextAttempt("camille", "192.168.1.1"));
    }

    @Test
    void anAddressGuessingManyAccountsIsSlowedDown() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertTrue(throttle.waitBeforeNextAttempt("someone-else", "203.0.113.9").compareTo(Duration.ofMinutes(14)) > 0);
        assertEquals(Duration.ZERO, throttle.waitBeforeNextAttempt("someone-else", "203.0.113.10"));
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            throttle.failed("camille", "10.0.0.1");
        }
        throttle.succeeded("camille");
        throttle.failed("camille", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBeforeNextAttempt("camille", "10.0.0.1"));
    }
}
