package fr.revitems.reference.web;

import fr.revitems.platform.web.Faces;
import fr.revitems.reference.ProgrammeRoundService;
import fr.revitems.reference.RoundException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** admin/rounds.xhtml: the programme's rounds and their funders, one dialog to create or edit. */
@Named
@ViewScoped
public class RoundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeRoundService service;

    private List<ProgrammeRoundService.Summary> rounds;
    private final RoundForm form = new RoundForm();

    @PostConstruct
    void load() {
        rounds = service.all();
    }

    public void startCreate() {
        form.clear();
    }

    public void startEdit(ProgrammeRoundService.Summary summary) {
        form.fill(summary.round());
    }

    public void save() {
        try {
            service.save(form.getId(), form.getVersion(), form.getCode(), form.getName(), form.getStartsOn(), form.getEndsOn(),
                    form.isActive(), form.getFunders());
            Faces.info(form.isNew() ? "admin_rounds.message.created" : "admin_rounds.message.saved", form.getName().strip());
            PrimeFaces.current().executeScript("PF('roundDialog').hide()");
            load();
        } catch (RoundException e) {
            Faces.refusal("roundForm", e);
            PrimeFaces.current().ajax().addCallbackParam("validationFailed", true);
        }
    }

    public List<ProgrammeRoundService.Summary> getRounds() {
        return rounds;
    }

    public RoundForm getForm() {
        return form;
    }
}
