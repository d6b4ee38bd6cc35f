package nl.groepskracht.signup.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional GET for the offer: an ETag from the page's bytes, so a browser asking again with it gets
 * 304 Not Modified while nothing changed, from whichever node answers. Not for a group's page: its form
 * carries a token of its own each time.
 */
@Configuration
class PublicPagesEtag {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> offerEtag() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/aanbod");
        registration.setName("offerEtag");
        return registration;
    }
}
