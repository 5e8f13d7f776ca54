package fr.revitems.support;

/** A support-plan task is open (to do, in progress) until it is done or cancelled. */
public enum TaskStatus {
    TODO, IN_PROGRESS, DONE, CANCELLED;

    public boolean isOpen() {
        return this == TODO || this == IN_PROGRESS;
    }
}
