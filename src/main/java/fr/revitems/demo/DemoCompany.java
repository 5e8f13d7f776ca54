package fr.revitems.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One fictional company of the demo: what it is, and its path through the pipeline, planned before it is written. */
final class DemoCompany {

    /** A move through the pipeline; {@code from} is null for its entry. */
    record Move(LocalDate day, String from, String to, String closingReason, String reason) {
    }

    /** An action written for the company: what a follow-up task can point to. */
    record Done(long id, LocalDate day) {
    }

    final DemoRound round;
    /** Position in its round (0…), and in the whole demo (1…). */
    final int index;
    final int number;
    final LocalDate entered;
    final List<Move> moves = new ArrayList<>();
    final List<Long> contacts = new ArrayList<>();
    final List<Done> actions = new ArrayList<>();

    String name;
    String kind;
    String sector;
    String secondSector;
    String naf;
    String siret;
    String street;
    DemoNames.Commune commune;
    DemoAccounts.Account officer;
    LocalDate diagnosed;
    LocalDate supported;
    boolean atForum;
    long id;
    long diagnosticId;

    DemoCompany(DemoRound round, int index, int number, LocalDate entered) {
        this.round = round;
        this.index = index;
        this.number = number;
        this.entered = entered;
    }

    String stage() {
        return moves.get(moves.size() - 1).to();
    }

    LocalDate stageSince() {
        return moves.get(moves.size() - 1).day();
    }

    void move(LocalDate day, String to, String closingReason, String reason) {
        moves.add(new Move(day, moves.isEmpty() ? null : stage(), to, closingReason, reason));
    }

    String officerName() {
        return officer.username();
    }

    long officerId(DemoWriter writer) {
        return writer.userId(officer.username());
    }

    /** The company's first contact: the one every exchange involves. */
    long mainContact() {
        return contacts.get(0);
    }
}
