package fr.revitems.testing.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;

import java.net.URL;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What a person does on the shell's pages, written once for every browser test. */
public final class Pages {

    private final URL application;

    public Pages(URL application) {
        this.application = application;
    }

    public String url(String path) {
        return application.toString().replaceAll("/$", "") + path;
    }

    public Response open(Page page, String path) {
        return page.navigate(url(path));
    }

    /** Logs in from the login page and waits for the page that follows. */
    public void login(Page page, String username, String password) {
        if (!page.url().contains("/login.xhtml")) {
            open(page, "/login.xhtml");
        }
        page.fill("#loginForm\\:username", username);
        page.fill("#loginForm\\:password", password);
        page.click("#loginForm\\:submit");
        page.waitForLoadState();
    }

    /**
     * Waits until the network is idle and PrimeFaces has no AJAX request waiting its turn either: the network
     * looks idle while a request waits in PrimeFaces' queue behind another, and its answer may then re-render
     * a form being typed into (a dialog opened while the previous save was still being answered).
     */
    public static void ajaxDone(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => window.PrimeFaces !== undefined && PrimeFaces.ajax.Queue.isEmpty()");
    }

    /**
     * Waits until a dialog just asked for is open and ready to be typed into: shown, its form's answer applied,
     * and PrimeFaces' own focus on its first field given. A dialog focuses its first field once its opening
     * animation is over; text typed before that lands in the field the focus then moves to (a subject typed
     * into the date above it, a last name into the first name: the meeting and contact tests' intermittent
     * failures). {@code dialog} is a selector, e.g. "#meetingDialog".
     */
    public static void dialogOpened(Page page, String dialog) {
        assertThat(page.locator(dialog)).isVisible();
        ajaxDone(page);
        page.waitForFunction("dialog => { const d = document.querySelector(dialog);"
                + " return d !== null && d.contains(document.activeElement); }", dialog);
    }

    /**
     * Waits until a dialog closes after a save. If it stays open, the save was most likely refused: the
     * failure then says what the dialog shows, so that a refusal is told apart from a slow answer.
     * {@code dialog} is a selector, e.g. "#meetingDialog".
     */
    public static void closed(Page page, String dialog) {
        try {
            assertThat(page.locator(dialog)).isHidden();
        } catch (AssertionError stillOpen) {
            throw new AssertionError(dialog + " is still open and shows: " + page.locator(dialog).innerText(), stillOpen);
        }
    }

    /**
     * Picks an entry of a PrimeFaces select menu as a person does (open, click). The menu's panel
     * opens with an animation during which a click can be lost: the pick is checked and retried.
     * {@code menu} is the client id, e.g. "form:kind".
     */
    public static void choose(Page page, String menu, String label) {
        String id = menu.replace(":", "\\:");
        for (int attempt = 0; attempt < 3 && !label.equals(page.textContent("#" + id + "_label").trim()); attempt++) {
            if (!page.isVisible("#" + id + "_panel")) {
                page.click("#" + id);
            }
            page.locator("#" + id + "_panel").waitFor();
            page.waitForTimeout(300);
            page.click("#" + id + "_items li[data-label='" + label + "']");
            page.waitForTimeout(300);
        }
        assertThat(page.locator("#" + id + "_label")).hasText(label);
    }

    public void logout(Page page) {
        page.click("#sessionForm\\:logout");
        page.waitForURL("**/login.xhtml?loggedOut=true");
    }

    /**
     * As the administrator: creates an account on the users page and returns the password handed over.
     * The page must be open and the administrator logged in.
     */
    public String createUser(Page page, String username, String displayName, String roleLabel) {
        open(page, "/admin/users.xhtml");
        page.click("#usersForm\\:create");
        page.waitForSelector("#userDialog", new Page.WaitForSelectorOptions().setState(
                com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
        page.fill("#userForm\\:username", username);
        page.fill("#userForm\\:displayName", displayName);
        page.locator("#userForm\\:roles label", new Page.LocatorOptions().setHasText(roleLabel)).click();
        page.click("#userForm\\:save");
        page.waitForSelector("#handOverDialog", new Page.WaitForSelectorOptions().setState(
                com.microsoft.playwright.options.WaitForSelectorState.VISIBLE));
        String password = page.textContent("#handOverPassword").trim();
        page.click("#handOverForm\\:close");
        return password;
    }
}
