namespace VendorBot.Tests.Knowledge.Articles;

/// <summary>Realistic test pages: what a news site serves (navigation, cookie banner, ads, related links, JSON-LD), with the paragraphs that must be extracted and the boilerplate that must not.</summary>
internal static class ArticlePages
{
    public static readonly string[] NewsParagraphs =
    [
        "The Ministry of Digital Affairs said on Monday that an audit of Norvatel base stations found an undocumented maintenance account that could be reached from outside the operator's network.",
        "Norvatel denied that the account was a backdoor. In a statement, the company said the account was a legacy diagnostic tool that had been disabled in firmware released in 2022.",
        "Independent researchers at the Baltic Telecom Lab said they had reproduced the finding on two devices bought second-hand, and that the account accepted a fixed password.",
        "The ministry has asked operators to report by 30 April which sites still run the older firmware. It did not say whether it would restrict Norvatel equipment.",
    ];

    public static readonly string[] NewsBoilerplate =
    [
        "We use cookies", "Accept all", "Subscribe now", "Sponsored", "Best VPN deals", "Related stories", "Quenta Systems wins tender",
        "Home", "Technology", "Sign in", "Share on", "All rights reserved", "Most read", "Advertisement",
    ];

    public const string News = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Ministry finds hidden account in Norvatel base stations | Example Times</title>
          <meta property="og:title" content="Ministry finds hidden account in Norvatel base stations">
          <meta property="og:site_name" content="Example Times">
          <meta property="og:type" content="article">
          <meta property="og:url" content="https://www.example-times.test/tech/2024/03/18/norvatel-hidden-account">
          <meta property="article:published_time" content="2024-03-18T09:30:00+01:00">
          <meta name="author" content="Jana Kowalska">
          <link rel="canonical" href="https://www.example-times.test/tech/2024/03/18/norvatel-hidden-account?utm_source=rss">
          <script type="application/ld+json">
          {"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Example Times","url":"https://www.example-times.test/"},
            {"@type":"NewsArticle","headline":"Ministry finds hidden account in Norvatel base stations",
             "datePublished":"2024-03-18T09:30:00+01:00","dateModified":"2024-03-19T10:00:00+01:00",
             "author":[{"@type":"Person","name":"Jana Kowalska"}],
             "publisher":{"@type":"Organization","name":"Example Times"},
             "mainEntityOfPage":{"@id":"https://www.example-times.test/tech/2024/03/18/norvatel-hidden-account"}}]}
          </script>
          <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
          <style>.cookie-banner{position:fixed}</style>
        </head>
        <body>
          <div id="cookie-banner" class="cookie-banner gdpr-consent">
            <p>We use cookies to improve your experience and to show you personalised advertising. By clicking Accept all you agree to our use of cookies.</p>
            <button>Accept all</button> <button>Manage settings</button>
          </div>
          <header class="site-header">
            <a class="logo" href="/">Example Times</a>
            <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/tech">Technology</a></li><li><a href="/business">Business</a></li><li><a href="/login">Sign in</a></li></ul></nav>
            <div class="subscribe-banner"><a href="/subscribe">Subscribe now: 3 months for 1 euro</a></div>
          </header>
          <div class="ad ad-leaderboard" id="ad-top"><span class="ad-label">Advertisement</span><a href="https://ads.example/vpn">Best VPN deals of 2024 - save 80% today</a></div>
          <main id="content">
            <article class="story">
              <header class="story-header">
                <p class="kicker"><a href="/tech">Technology</a></p>
                <h1>Ministry finds hidden account in Norvatel base stations</h1>
                <p class="byline">By <a href="/authors/jana-kowalska">Jana Kowalska</a> · <time datetime="2024-03-18T09:30:00+01:00">18 March 2024</time></p>
                <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share by email</a></div>
              </header>
              <figure class="lead-image"><img src="/img/mast.jpg" alt="A mast"><figcaption>A mobile mast near Riga. Photo: Example Times</figcaption></figure>
              <div class="story-body">
                <p>The Ministry of Digital Affairs said on Monday that an audit of Norvatel base stations found an undocumented maintenance account that could be reached from outside the operator's network.</p>
                <p>Norvatel denied that the account was a backdoor. In a statement, the company said the account was a legacy diagnostic tool that had been disabled in firmware released in 2022.</p>
                <div class="ad ad-inline sponsored"><span>Sponsored</span> <a href="https://ads.example/cloud">Move your business to the cloud with Example Cloud, first month free</a></div>
                <h2>Researchers reproduce the finding</h2>
                <p>Independent researchers at the Baltic Telecom Lab said they had reproduced the finding on two devices bought second-hand, and that the account accepted a fixed password.</p>
                <p>The ministry has asked operators to report by 30 April which sites still run the older firmware. It did not say whether it would restrict Norvatel equipment.</p>
              </div>
              <aside class="related">
                <h3>Related stories</h3>
                <ul>
                  <li><a href="/tech/2024/02/quenta">Quenta Systems wins tender for the national 5G core</a></li>
                  <li><a href="/tech/2024/01/audit">Operators face new audit rules from July</a></li>
                </ul>
              </aside>
            </article>
          </main>
          <aside class="sidebar">
            <section class="most-read"><h3>Most read</h3><ol><li><a href="/a">Storm closes ports along the coast</a></li><li><a href="/b">Central bank holds rates</a></li></ol></section>
            <div class="ad ad-sidebar"><span>Advertisement</span> Best VPN deals, compare prices now</div>
          </aside>
          <footer class="site-footer"><p>© 2024 Example Times. All rights reserved.</p><nav><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></nav></footer>
          <script>document.getElementById('cookie-banner').hidden = false;</script>
        </body>
        </html>
        """;

    public static readonly string[] BlogParagraphs =
    [
        "Quenta Systems has published the source code of the update server that a regulator said in January could push unsigned firmware to routers.",
        "The company said the release shows that every update is signed twice, once by the build system and once by a hardware key held by its security team.",
        "The regulator said it would review the code but that publishing it did not settle how older routers, which were never updated, would be handled.",
    ];

    public static readonly string[] BlogBoilerplate =
    [
        "Join our newsletter", "Leave a comment", "Posted in", "Tags:", "Previous post", "Next post", "About the author", "Recent posts",
    ];

    public const string Blog = """
        <!DOCTYPE html>
        <html>
        <head>
          <meta charset="utf-8">
          <title>Quenta opens its update server code – Network Notes</title>
          <meta name="description" content="Quenta Systems publishes update server code.">
          <meta property="og:site_name" content="Network Notes">
          <meta name="author" content="Sam Ortiz">
          <meta name="date" content="2024-05">
        </head>
        <body class="single-post">
          <div class="topbar"><nav><a href="/">Network Notes</a> | <a href="/archive">Archive</a> | <a href="/about">About</a></nav></div>
          <div class="wrapper">
            <div id="primary" class="content-area">
              <div class="post">
                <h1 class="entry-title">Quenta opens its update server code</h1>
                <div class="entry-meta">Posted in <a href="/c/security">Security</a> by Sam Ortiz</div>
                <div class="entry-content">
                  <p>Quenta Systems has published the source code of the update server that a regulator said in January could push unsigned firmware to routers.</p>
                  <p>The company said the release shows that every update is signed twice, once by the build system and once by a hardware key held by its security team.</p>
                  <p>The regulator said it would review the code but that publishing it did not settle how older routers, which were never updated, would be handled.</p>
                </div>
                <div class="entry-footer">Tags: <a href="/t/quenta">quenta</a>, <a href="/t/firmware">firmware</a></div>
                <div class="author-box"><h4>About the author</h4><p>Sam writes about networks.</p></div>
                <div class="post-navigation"><a href="/p1">Previous post</a> <a href="/p3">Next post</a></div>
              </div>
              <div id="comments" class="comments-area"><h3>Leave a comment</h3><form><textarea></textarea></form></div>
            </div>
            <div id="secondary" class="widget-area sidebar">
              <div class="widget newsletter"><h3>Join our newsletter</h3><p>Get the week's network news every Friday.</p></div>
              <div class="widget recent-posts"><h3>Recent posts</h3><ul><li><a href="/x">Why BGP leaks keep happening</a></li></ul></div>
            </div>
          </div>
        </body>
        </html>
        """;

    public const string HomePage = """
        <!DOCTYPE html>
        <html><head><title>Example Times - News</title><meta property="og:site_name" content="Example Times"></head>
        <body>
          <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Technology</a></nav>
          <main>
            <ul class="teasers">
              <li><a href="/a">Storm closes ports</a></li>
              <li><a href="/b">Central bank holds rates</a></li>
              <li><a href="/c">Ministry finds hidden account</a></li>
            </ul>
          </main>
          <footer>© Example Times</footer>
        </body></html>
        """;
}
