// The network view: a request to a Service becomes a packet walk the learner can step
// through on the stage, hop by hop, with the headers of each hop and the NAT rewrites
// marked; a NodePort request from the laptop follows in the same view.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { podStatus, setSpeed, shot, type } from './support/browser';
import { useBrowser } from './support/useBrowser';

const chromium = useBrowser();

const SERVICE = ["cat > web.yaml <<'EOF'", 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  type: NodePort', '  selector:', '    app: web', '  ports:', '  - port: 80', '    targetPort: 8080', '    nodePort: 30080', 'EOF'];

const hopAction = (page: Page) => page.getByTestId('hop-action').innerText();
const hopNumber = async (page: Page) => Number(/\d+/.exec(await page.getByTestId('hop-counter').innerText())?.[0]);

/**
 * Press → in the network stage until the current hop's action is `action`. Each press goes
 * to the stage itself (focused first), and a miss says where the walk and the focus were.
 */
async function stepTo(page: Page, action: string, max = 40): Promise<void> {
  const stage = page.getByTestId('network-stage');
  for (let i = 0; i < max && (await hopAction(page)) !== action; i++) await stage.press('ArrowRight');
  const where = async () => `${await page.getByTestId('hop-counter').innerText()} of ${await page.locator('[data-testid="walk-picker"] option:checked').innerText()}; focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))}`;
  expect(await hopAction(page), await where()).toBe(action);
}

describe('the network view', () => {
  it('follows a curl to a ClusterIP Service hop by hop, and a NodePort curl from the laptop', async () => {
    const { page, context, errors } = await chromium.open(inject('baseURL'));
    await setSpeed(page, 8);
    await type(page, 'kubectl run web-1 --image=luksa/kubia --labels=app=web --port=8080');
    await type(page, 'kubectl run web-2 --image=luksa/kubia --labels=app=web --port=8080');
    await type(page, 'kubectl run client --image=busybox --restart=Never -- sleep 3600');
    for (const line of SERVICE) await type(page, line);
    await type(page, 'kubectl apply -f web.yaml');
    for (const name of ['web-1', 'web-2', 'client']) await podStatus(page, name, 'Running', 120_000);
    await type(page, 'kubectl exec client -- wget -qO- web');
    await expect.poll(() => page.locator('[role="log"]').innerText(), { timeout: 90_000 }).toMatch(/You've hit web-\d/);

    // The stage swaps the cluster for the walk's diagram; the side panel shows the hop.
    await page.getByTestId('stage-network').click();
    await page.getByTestId('walk-diagram').waitFor();
    const picker = page.getByTestId('walk-picker');
    const labels = await picker.locator('option').allInnerTexts();
    const tcp = labels.find((l) => /^client → web 10\.\d+\.\d+\.\d+:80 \(wget\) · answered/.test(l));
    expect(tcp, labels.join('\n')).toBeDefined();
    expect(labels.some((l) => /^client → kube-system\/kube-dns 10\.96\.0\.10:53 \(DNS lookup for wget\)/.test(l))).toBe(true);
    await picker.selectOption({ label: tcp! });
    await page.getByTestId('hop-first').click();
    expect(await hopNumber(page)).toBe(1);
    expect(await page.getByTestId('tab-network').getAttribute('aria-selected')).toBe('true');

    // → steps through the hops while the network stage has the focus, not the cluster's time.
    const playing = await page.getByTestId('play').getAttribute('aria-label');
    await stepTo(page, 'DNAT');
    expect(await page.getByTestId('play').getAttribute('aria-label')).toBe(playing);
    const dst = page.locator('[data-testid="hop-headers"] tr.changed[data-field="ip.dst"]');
    await expect.poll(() => dst.innerText()).toMatch(/10\.244\.\d+\.\d+[\s\S]*was\s*10\.\d+\.\d+\.\d+[\s\S]*◆ DNAT/);
    expect(await page.locator('[data-testid="hop-headers"] tr.changed[data-field="tcp.dport"]').innerText()).toMatch(/8080[\s\S]*80[\s\S]*◆ DNAT/);
    expect(await page.getByTestId('hop-rule').innerText()).toMatch(/^-A KUBE-SEP-\w+ -p tcp .*-j DNAT --to-destination 10\.244\.\d+\.\d+:8080$/);
    expect(await page.locator('[data-testid="walk-diagram"] g.device.current text.name').allTextContents()).toEqual(['PREROUTING']);
    expect(await page.locator('[data-testid="walk-diagram"] g.token text').textContent()).toBe('SYN');
    expect(await page.getByTestId('hop-line').innerText()).toContain('◆ DNAT');
    // The Service diagram points at the endpoint this walk was sent to.
    expect(await page.getByTestId('service-web').locator('li.hit').innerText()).toMatch(/web-\d[\s\S]*:8080[\s\S]*this walk/);
    await shot(page, 'network-dnat');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await stepTo(page, 'forward');
    expect(await page.locator('[data-testid="hop-headers"] tr.changed[data-field="ip.ttl"]').innerText()).toMatch(/63[\s\S]*64[\s\S]*◆ TTL − 1/);
    const n = await hopNumber(page);
    await page.keyboard.press('ArrowLeft');
    expect(await hopNumber(page)).toBe(n - 1);

    // A NodePort from the laptop: the view follows the new walk by itself.
    // Its answer waits in the terminal while the packet is still on its way on screen.
    await type(page, 'curl -s 192.168.56.11:30080');
    await expect.poll(() => page.locator('[role="log"]').innerText(), { timeout: 60_000 }).toMatch(/curl -s 192\.168\.56\.11:30080\n… the reply is on its way back/);
    await expect.poll(() => page.locator('[role="log"]').innerText(), { timeout: 60_000 }).toMatch(/curl -s 192\.168\.56\.11:30080\n.*You've hit web-\d/);
    // The walk is on screen as its messages are: it reads as answered once they all are.
    await expect.poll(async () => await picker.locator('option:checked').innerText(), { timeout: 20_000 }).toMatch(/^laptop → web 192\.168\.56\.11:30080 \(curl\) · answered/);
    expect(await page.locator('[data-testid="walk-diagram"] g.machine text.name').allTextContents()).toContain('laptop');
    await page.getByTestId('hop-first').click();
    await stepTo(page, 'MASQUERADE');
    expect(await page.locator('[data-testid="hop-headers"] tr.changed[data-field="ip.src"]').innerText()).toMatch(/10\.244\.1\.\d+[\s\S]*192\.168\.56\.1[\s\S]*◆ MASQUERADE/);
    expect(await page.getByTestId('service-web').locator('dd.hit').first().innerText()).toMatch(/:30080[\s\S]*this walk/);
    await shot(page, 'network-nodeport');
    // In Chinese the packets that are plain words are named in Chinese; SYN keeps its name.
    await page.getByTestId('lang-zh').click();
    const chips = page.getByTestId('segments').locator('button');
    await expect.poll(() => chips.allInnerTexts().then((c) => c.join(' '))).toMatch(/→ 请求[\s\S]*← 响应/);
    expect(await chips.allInnerTexts()).toContain('→ SYN');
    await shot(page, 'network-nodeport-zh');
    expect(errors).toEqual([]);
    await context.close();
    // Its waits alone allow three image pulls two minutes and the exec one and a half: on a
    // loaded machine the whole walk-through needs more than the suite's two minutes.
  }, 240_000);
});
