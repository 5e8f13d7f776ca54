package fr.revitems.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. After {@value #ACCOUNT_LIMIT} failed logins on one account, or
 * {@value #ADDRESS_LIMIT} from one address, within {@link #WINDOW}, further attempts are refused
 * until the oldest of those failures leaves the window. A successful login clears the account.
 * In memory: one server node, and a restart forgets (an acceptable trade for a small team).
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account or address must wait before trying again; zero if it may try now. */
    public Duration waitBeforeNextAttempt(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(accountKey(username), ACCOUNT_LIMIT, now);
        Duration fromAddress = wait(addressKey(address), ADDRESS_LIMIT, now);
        return account.compareTo(fromAddress) >= 0 ? account : fromAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        add(accountKey(username), now);
        add(addressKey(address), now);
        if (failures.size() > PRUNE_ABOVE) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    trim(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
    }

    public void succeeded(String username) {
        failures.remove(accountKey(username));
    }

    private Duration wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            trim(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            // the attempt becomes possible when enough failures have left the window
            Instant[] ordered = times.toArray(new Instant[0]);
            Instant freedAt = ordered[times.size() - limit].plus(WINDOW);
            return Duration.between(now, freedAt);
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            trim(times, now);
            times.addLast(now);
        }
    }

    private static void trim(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
