package fr.revitems.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the company form edits, with its rules (checked next to each field as the person types and
 * again by the service). Keeps what was typed when a save is refused.
 */
public class CompanyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    private CompanyKind kind;
    @Siret
    private String siret;
    @Siren
    private String siren;
    @Pattern(regexp = "^$|^[0-9]{2}\\.?[0-9]{2}[A-Za-z]$", message = "{fr.revitems.company.Naf.message}")
    private String nafCode;
    @Size(max = 200)
    private String street;
    @Pattern(regexp = "^$|^[0-9]{5}$", message = "{fr.revitems.company.PostalCode.message}")
    private String postalCode;
    @Size(max = 120)
    private String commune;
    private String departmentCode;
    private Long officerId;
    private boolean member;
    private LocalDate memberSince;
    private String[] sectorCodes = new String[0];
    private Long[] roundIds = new Long[0];
    @Size(max = 10_000)
    private String notes;
    private int version;

    public static CompanyForm of(Company company) {
        CompanyForm form = new CompanyForm();
        form.name = company.getName();
        form.kind = company.getKind();
        form.siret = company.getSiret();
        form.siren = company.getSiren();
        form.nafCode = company.getNafCode();
        form.street = company.getStreet();
        form.postalCode = company.getPostalCode();
        form.commune = company.getCommune();
        form.departmentCode = company.getDepartment() == null ? null : company.getDepartment().getCode();
        form.officerId = company.getOfficer() == null ? null : company.getOfficer().getId();
        form.member = company.isMember();
        form.memberSince = company.getMemberSince();
        form.sectorCodes = company.getSectors().stream().map(s -> s.getCode()).sorted().toArray(String[]::new);
        form.roundIds = company.getRounds().stream().map(r -> r.getId()).sorted().toArray(Long[]::new);
        form.notes = company.getNotes();
        form.version = company.getVersion();
        return form;
    }

    /** The fields, by bundle key of their label, as compared when two people edit at once. */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("company.field.name", name);
        values.put("company.field.kind", kind);
        values.put("company.field.siret", siret);
        values.put("company.field.siren", siren);
        values.put("company.field.naf", nafCode);
        values.put("company.field.street", street);
        values.put("company.field.postalCode", postalCode);
        values.put("company.field.commune", commune);
        values.put("company.field.department", departmentCode);
        values.put("company.field.officer", officerId);
        values.put("company.field.member", member);
        values.put("company.field.memberSince", memberSince);
        values.put("company.field.sectors", Arrays.stream(sectorCodes).sorted().toList());
        values.put("company.field.rounds", Arrays.stream(roundIds).sorted().toList());
        values.put("company.field.notes", notes);
        return values;
    }

    /** Labels (bundle keys) of the fields whose value differs between two forms. */
    public static List<String> differences(CompanyForm a, CompanyForm b) {
        Map<String, Object> left = a.values();
        Map<String, Object> right = b.values();
        return left.keySet().stream().filter(key -> !Objects.equals(blankToNull(left.get(key)), blankToNull(right.get(key)))).toList();
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public CompanyKind getKind() {
        return kind;
    }

    public void setKind(CompanyKind kind) {
        this.kind = kind;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getNafCode() {
        return nafCode;
    }

    public void setNafCode(String nafCode) {
        this.nafCode = nafCode;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCommune() {
        return commune;
    }

    public void setCommune(String commune) {
        this.commune = commune;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public boolean isMember() {
        return member;
    }

    public void setMember(boolean member) {
        this.member = member;
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(LocalDate memberSince) {
        this.memberSince = memberSince;
    }

    public String[] getSectorCodes() {
        return sectorCodes;
    }

    public void setSectorCodes(String[] sectorCodes) {
        this.sectorCodes = sectorCodes == null ? new String[0] : sectorCodes;
    }

    public Long[] getRoundIds() {
        return roundIds;
    }

    public void setRoundIds(Long[] roundIds) {
        this.roundIds = roundIds == null ? new Long[0] : roundIds;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
