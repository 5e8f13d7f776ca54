package fr.revitems.company.web;

import fr.revitems.company.Company;
import fr.revitems.company.CompanyService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The company picker of a page: suggests companies by the start of their name and remembers the
 * names of those it showed, so the picker's value can stay a plain id.
 */
@Named
@ViewScoped
public class CompanyChoices implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 12;

    @Inject
    CompanyService companies;

    private final Map<Long, String> names = new HashMap<>();

    public List<Long> complete(String typed) {
        List<Company> found = companies.nameStartsWith(typed, SUGGESTIONS);
        for (Company c : found) {
            names.put(c.getId(), c.getCommune() == null ? c.getName() : c.getName() + " (" + c.getCommune() + ")");
        }
        return found.stream().map(Company::getId).toList();
    }

    /** Makes a company already chosen (an introduction being edited) show by its name. */
    public void remember(Long id) {
        if (id != null && !names.containsKey(id)) {
            names.put(id, companies.find(id).getName());
        }
    }

    public String name(Long id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }
}
