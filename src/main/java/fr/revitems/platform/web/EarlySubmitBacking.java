package fr.revitems.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The page shown when a form was submitted before its page had finished loading (errors/early.xhtml).
 * It offers the way back to that page: the Referer, when it is a page of this application on this host.
 */
@Named
@RequestScoped
public class EarlySubmitBacking {

    @Inject
    HttpServletRequest request;

    /** The page the form was on, or null when the browser did not say or it is not one of ours. */
    public String getBackTo() {
        return sameApplication(request.getHeader("Referer"), request.getScheme(), request.getServerName(),
                request.getServerPort(), request.getContextPath());
    }

    static String sameApplication(String referer, String scheme, String host, int port, String contextPath) {
        if (referer == null) {
            return null;
        }
        try {
            URI uri = new URI(referer);
            int refererPort = uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort();
            boolean ours = scheme.equalsIgnoreCase(uri.getScheme()) && host.equalsIgnoreCase(uri.getHost())
                    && port == refererPort && uri.getRawPath() != null
                    && uri.getRawPath().startsWith(contextPath + "/") && !uri.getRawPath().startsWith(contextPath + "/errors/");
            return ours ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
