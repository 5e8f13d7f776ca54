package fr.revitems.company.imports;

import fr.revitems.company.CompanyForm;
import fr.revitems.company.CompanyKind;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the file once checked: the values of the known columns, whether it creates a
 * company (with or without a contact) or adds a contact to the company of an earlier line, and
 * its messages. A line with an error is rejected whole and imported not at all.
 */
public class ImportLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final List<String> cells;
    private final EnumMap<ImportColumn, String> values;
    private final List<LineMessage> messages = new ArrayList<>();
    private CompanyKind kind;
    private String siret;
    private String departmentCode;
    /** For a line that only adds a contact: the line that creates its company. */
    private Integer companyLine;
    private Long[] roundIds = new Long[0];
    private String[] sectorCodes = new String[0];
    private Long officerId;
    private boolean member;
    private LocalDate memberSince;
    /** The day the file says the contact's details were last confirmed; null: the day of the import. */
    private LocalDate contactConfirmedOn;

    ImportLine(int number, List<String> cells, Map<ImportColumn, String> values) {
        this.number = number;
        this.cells = List.copyOf(cells);
        this.values = new EnumMap<>(ImportColumn.class);
        this.values.putAll(values);
    }

    /** The trimmed value of a column, or null if the column is absent or the cell blank. */
    public String value(ImportColumn column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean hasContact() {
        return values.entrySet().stream().anyMatch(e -> e.getKey().isContact() && e.getValue() != null && !e.getValue().isBlank());
    }

    public boolean createsCompany() {
        return companyLine == null;
    }

    public boolean isRejected() {
        return messages.stream().anyMatch(LineMessage::error);
    }

    public boolean hasWarnings() {
        return messages.stream().anyMatch(m -> !m.error());
    }

    void add(LineMessage message) {
        messages.add(message);
    }

    /** The company form this line fills, as the company form would (the service checks it again). */
    public CompanyForm companyForm() {
        CompanyForm form = new CompanyForm();
        form.setName(value(ImportColumn.NAME));
        form.setKind(kind);
        form.setSiret(siret);
        form.setSiren(siret == null ? value(ImportColumn.SIREN) : null);
        form.setNafCode(value(ImportColumn.NAF));
        form.setStreet(value(ImportColumn.STREET));
        form.setPostalCode(value(ImportColumn.POSTAL_CODE));
        form.setCommune(value(ImportColumn.COMMUNE));
        form.setDepartmentCode(departmentCode);
        form.setRoundIds(roundIds.clone());
        form.setSectorCodes(sectorCodes.clone());
        form.setOfficerId(officerId);
        form.setMember(member);
        form.setMemberSince(memberSince);
        form.setNotes(value(ImportColumn.NOTES));
        return form;
    }

    /** "fr" unless the cell says English in either language. */
    public String contactLanguage() {
        String language = ImportColumn.normalize(value(ImportColumn.CONTACT_LANGUAGE));
        return language.startsWith("en") || language.startsWith("an") ? "en" : "fr";
    }

    public int getNumber() {
        return number;
    }

    public List<String> getCells() {
        return cells;
    }

    public List<LineMessage> getMessages() {
        return messages;
    }

    public CompanyKind getKind() {
        return kind;
    }

    void setKind(CompanyKind kind) {
        this.kind = kind;
    }

    public String getSiret() {
        return siret;
    }

    void setSiret(String siret) {
        this.siret = siret;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    void setRoundIds(Long[] roundIds) {
        this.roundIds = roundIds;
    }

    void setSectorCodes(String[] sectorCodes) {
        this.sectorCodes = sectorCodes;
    }

    void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    void setMember(boolean member, LocalDate since) {
        this.member = member;
        this.memberSince = since;
    }

    public LocalDate getContactConfirmedOn() {
        return contactConfirmedOn;
    }

    void setContactConfirmedOn(LocalDate contactConfirmedOn) {
        this.contactConfirmedOn = contactConfirmedOn;
    }

    public Integer getCompanyLine() {
        return companyLine;
    }

    void setCompanyLine(Integer companyLine) {
        this.companyLine = companyLine;
    }

    /** The contact's name as the preview shows it. */
    public String getContactName() {
        String first = value(ImportColumn.CONTACT_FIRST_NAME);
        String last = value(ImportColumn.CONTACT_LAST_NAME);
        return first == null ? last : last == null ? first : first + " " + last;
    }

    public String getName() {
        return value(ImportColumn.NAME);
    }

    public String getCommune() {
        return value(ImportColumn.COMMUNE);
    }
}
