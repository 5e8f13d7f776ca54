package fr.revitems.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("camille", "la marne coule vers la seine"));
    }

    @Test
    void refusesShortMissingAndBlankPasswords() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("camille", "short-pass1"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("camille", null));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.problem("camille", "              "));
    }

    @Test
    void refusesAPasswordTooLongToHash() {
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.problem("camille", "x".repeat(129)));
    }

    @Test
    void refusesAPasswordContainingTheUsername() {
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.problem("camille", "Camille-2026-forum"));
    }

    @Test
    void generatedPasswordsPassThePolicy() {
        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.empty(), PasswordPolicy.problem("admin", PasswordGenerator.generate()));
        }
    }
}
