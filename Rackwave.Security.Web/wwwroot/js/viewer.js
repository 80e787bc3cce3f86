// Tells the server the viewer's time zone, so that times are shown in it from the first render.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('rackwave.tz=' + encodeURIComponent(zone)) < 0) {
            document.cookie = 'rackwave.tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; samesite=lax';
        }
    } catch (e) {
        // Without a zone, times are shown in UTC and say so.
    }
})();
