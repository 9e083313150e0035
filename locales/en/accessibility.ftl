# Texts of the accessibility statement page (accessibility.html), in the parts of the EU
# model statement (Commission Implementing Decision (EU) 2018/1523).
accessibility-title = Accessibility statement
accessibility-commitment = { $body } is committed to making this website accessible, in accordance with { $law }.
accessibility-commitment-directive = { $body } is committed to making this website accessible, in accordance with Directive (EU) 2016/2102 on the accessibility of the websites of public sector bodies.
accessibility-scope = This accessibility statement applies to the website “{ $site }”:

accessibility-status-heading = Compliance status
accessibility-status-fully = This website is fully compliant with { $standard }.
accessibility-status-partially = This website is partially compliant with { $standard }, because of the problems listed below.
accessibility-status-not = This website is not compliant with { $standard }. The problems are listed below.

accessibility-content-heading = Non-accessible content
accessibility-content-none = We know of no content on this website that is not accessible.
accessibility-content-intro = The content listed below is not accessible, for the reasons given.
accessibility-kind-non-compliance = Non-compliance with the accessibility requirements
accessibility-kind-disproportionate-burden = Disproportionate burden
accessibility-kind-out-of-scope = Content outside the scope of the applicable legislation
accessibility-criteria = WCAG success criteria not met: { $criteria }
accessibility-alternative = What you can do instead:

accessibility-preparation-heading = Preparation of this accessibility statement
accessibility-prepared = Statement prepared
accessibility-method-self-assessment = The statement is based on a self-assessment of the website by its publisher.
accessibility-method-third-party = The statement is based on an assessment of the website by a third party.
accessibility-by = The website was assessed by { $by }.
accessibility-tools = The assessment used:
accessibility-reviewed = Last reviewed

accessibility-feedback-heading = Feedback and contact information
accessibility-feedback-intro = If you find a problem that is not listed here, or you need content from this website in another format, please tell us:
accessibility-response = We will answer within { $days ->
    [one] { $days } day
   *[other] { $days } days
}.

accessibility-enforcement-heading = Enforcement procedure
accessibility-enforcement-intro = If our answer does not satisfy you, you can turn to:
