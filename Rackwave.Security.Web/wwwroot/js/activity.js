// Reports what the person does in an open page (pointer, keys, touch, history navigation) to
// the server, at most once per interval. Server-pushed renders and keep-alives never pass
// through here, so a tab left open with nobody at it stays idle and times out.
let stop = null;

export function start(dotNetRef, intervalMs) {
    if (stop) {
        stop();
    }

    let last = 0;
    let pending = false;
    const report = () => {
        const now = Date.now();
        if (now - last < intervalMs) {
            pending = true;
            return;
        }
        last = now;
        pending = false;
        dotNetRef.invokeMethodAsync('ReportActivity').catch(() => { });
    };

    // A burst of activity near the end of an interval is still reported once the interval is over.
    const flush = setInterval(() => { if (pending) { report(); } }, intervalMs);
    const events = ['pointerdown', 'keydown', 'touchstart', 'popstate'];
    events.forEach(e => window.addEventListener(e, report, { capture: true, passive: true }));
    stop = () => {
        clearInterval(flush);
        events.forEach(e => window.removeEventListener(e, report, { capture: true }));
        stop = null;
    };
}

export function dispose() {
    if (stop) {
        stop();
    }
}
